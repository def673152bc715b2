import { DEV_INTERNAL_TOKEN_SECRET } from '@ekst/auth';
import { parseServiceConfig } from './config';

const DEFAULTS = { port: 4005, database: 'ekst_teacher_swap' };
const PRIVATE = 'a-private-internal-secret-0123456789abcdef';

describe('parseServiceConfig: the development secret needs EKST_DEV_AUTH=1', () => {
  it('refuses to start with nothing set, naming the variable and the flag', () => {
    expect(() => parseServiceConfig({}, DEFAULTS)).toThrow(
      /INTERNAL_TOKEN_SECRET: must be set to a private secret.*EKST_DEV_AUTH=1/,
    );
  });

  it('refuses the development secret set explicitly, whatever NODE_ENV says', () => {
    for (const NODE_ENV of ['development', 'test', 'production']) {
      expect(() =>
        parseServiceConfig(
          { NODE_ENV, INTERNAL_TOKEN_SECRET: DEV_INTERNAL_TOKEN_SECRET },
          DEFAULTS,
        ),
      ).toThrow(/INTERNAL_TOKEN_SECRET/);
    }
  });

  it('treats an unset NODE_ENV as production without the flag, development with it', () => {
    expect(parseServiceConfig({ INTERNAL_TOKEN_SECRET: PRIVATE }, DEFAULTS).nodeEnv).toBe(
      'production',
    );
    const dev = parseServiceConfig({ EKST_DEV_AUTH: '1' }, DEFAULTS);
    expect(dev).toMatchObject({
      nodeEnv: 'development',
      internalTokenSecret: DEV_INTERNAL_TOKEN_SECRET,
    });
  });

  it('never allows the flag in production, and refuses a flag value it does not know', () => {
    expect(() =>
      parseServiceConfig({ EKST_DEV_AUTH: '1', NODE_ENV: 'production' }, DEFAULTS),
    ).toThrow(/EKST_DEV_AUTH/);
    expect(() => parseServiceConfig({ EKST_DEV_AUTH: 'yes' }, DEFAULTS)).toThrow(/EKST_DEV_AUTH/);
  });
});

describe('parseServiceConfig: a secured Kafka and a secret rotation', () => {
  const base = { INTERNAL_TOKEN_SECRET: PRIVATE, NODE_ENV: 'production' };

  it('connects without authentication or TLS unless told to', () => {
    expect(parseServiceConfig(base, DEFAULTS)).toMatchObject({
      kafkaAuth: null,
      kafkaTls: false,
      internalTokenVerifyOnlySecret: null,
    });
  });

  it('takes SCRAM credentials and TLS together, and refuses half the credentials without echoing them', () => {
    const secured = parseServiceConfig(
      {
        ...base,
        KAFKA_SASL_USERNAME: 'kafka-teacher-swap',
        KAFKA_SASL_PASSWORD: 'scram-password-value',
        KAFKA_TLS: 'true',
      },
      DEFAULTS,
    );
    expect(secured).toMatchObject({
      kafkaAuth: { username: 'kafka-teacher-swap', password: 'scram-password-value' },
      kafkaTls: true,
    });
    for (const half of [
      { KAFKA_SASL_USERNAME: 'kafka-teacher-swap' },
      { KAFKA_SASL_PASSWORD: 'scram-password-value' },
    ]) {
      let message = '';
      try {
        parseServiceConfig({ ...base, ...half }, DEFAULTS);
      } catch (err) {
        message = (err as Error).message;
      }
      expect(message).toMatch(/KAFKA_SASL_PASSWORD: .*set together/);
      expect(message).not.toContain('scram-password-value');
    }
  });

  it('accepts a verify-only internal-token secret of at least 32 characters', () => {
    const other = 'the-other-internal-secret-0123456789abcdef';
    expect(
      parseServiceConfig({ ...base, INTERNAL_TOKEN_VERIFY_ONLY_SECRET: other }, DEFAULTS),
    ).toMatchObject({ internalTokenSecret: PRIVATE, internalTokenVerifyOnlySecret: other });
    expect(() =>
      parseServiceConfig({ ...base, INTERNAL_TOKEN_VERIFY_ONLY_SECRET: 'short' }, DEFAULTS),
    ).toThrow(/INTERNAL_TOKEN_VERIFY_ONLY_SECRET: must be at least 32 characters/);
  });
});

describe('parseServiceConfig: the chaos suite’s fault hook (EKST_FAULT_INJECT) is test-only', () => {
  it('is off unless set, and accepted only with EKST_DEV_AUTH=1', () => {
    expect(parseServiceConfig({ EKST_DEV_AUTH: '1' }, DEFAULTS).faultInject).toBeNull();
    expect(
      parseServiceConfig(
        { EKST_DEV_AUTH: '1', EKST_FAULT_INJECT: 'consumer-after-commit' },
        DEFAULTS,
      ).faultInject,
    ).toBe('consumer-after-commit');
  });

  it('refuses it in production, with a private secret, or with an unknown point', () => {
    expect(() =>
      parseServiceConfig(
        { INTERNAL_TOKEN_SECRET: PRIVATE, EKST_FAULT_INJECT: 'relay-after-send' },
        DEFAULTS,
      ),
    ).toThrow(/EKST_FAULT_INJECT: .*never in production/);
    expect(() =>
      parseServiceConfig(
        { EKST_DEV_AUTH: '1', NODE_ENV: 'production', EKST_FAULT_INJECT: 'relay-after-send' },
        DEFAULTS,
      ),
    ).toThrow(/EKST_FAULT_INJECT/);
    expect(() =>
      parseServiceConfig({ EKST_DEV_AUTH: '1', EKST_FAULT_INJECT: 'somewhere' }, DEFAULTS),
    ).toThrow(/EKST_FAULT_INJECT/);
  });
});
