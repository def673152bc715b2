import { randomUUID } from 'node:crypto';
import { decodeJwt } from 'jose';
import { signDevToken } from '../src/auth/dev-issuer';
import { createCallerVerifier } from '../src/auth/verify-caller';
import { loadConfig } from '../src/config';

describe('signDevToken', () => {
  const config = loadConfig({ EKST_DEV_AUTH: '1' });

  it('signs a token the gateway accepts, carrying subject, roles and partner', async () => {
    const sub = randomUUID();
    const partnerId = randomUUID();
    const token = await signDevToken(
      { sub, roles: ['CHAMPION', 'TEACHER'], partnerId, ttl: '8h' },
      config,
    );
    await expect(createCallerVerifier(config.auth)(`Bearer ${token}`)).resolves.toEqual({
      kind: 'person',
      subject: sub,
      roles: ['CHAMPION', 'TEACHER'],
      partnerId,
    });
    const claims = decodeJwt(token);
    expect(claims.exp! - claims.iat!).toBe(8 * 3600);
    expect(claims).toMatchObject({ iss: 'ekst-dev', aud: 'ekst-graph', partner_id: partnerId });
  });

  it('defaults to a one-hour token without a partner', async () => {
    const claims = decodeJwt(await signDevToken({ sub: randomUUID(), roles: ['STUDENT'] }, config));
    expect(claims.exp! - claims.iat!).toBe(3600);
    expect(claims.partner_id).toBeNull();
  });

  it.each([
    [{ sub: 'admin', roles: ['COORDINATOR'] }, /sub must be a UUID/],
    [{ sub: randomUUID(), roles: ['ROOT'] }, /unknown role/],
    [{ sub: randomUUID(), roles: ['HEAD'], partnerId: 'school-1' }, /partner id must be a UUID/],
    [{ sub: randomUUID(), roles: ['HEAD'], ttl: 'forever' }, /ttl/],
  ])('refuses bad input %#', async (request, message) => {
    await expect(
      signDevToken(request as Parameters<typeof signDevToken>[0], config),
    ).rejects.toThrow(message);
  });

  it('is disabled when the gateway trusts an external issuer', async () => {
    const external = loadConfig({
      EKST_DEV_AUTH: '1',
      AUTH_JWKS_URL: 'https://login.example.org/jwks',
    });
    await expect(signDevToken({ sub: randomUUID(), roles: ['HEAD'] }, external)).rejects.toThrow(
      /disabled/,
    );
  });

  it('is disabled without EKST_DEV_AUTH, and says which variable to set', async () => {
    const closed = loadConfig({
      INTERNAL_TOKEN_SECRET: 'a-private-secret-that-is-long-enough-0123456789',
    });
    await expect(signDevToken({ sub: randomUUID(), roles: ['HEAD'] }, closed)).rejects.toThrow(
      /EKST_DEV_AUTH=1/,
    );
  });
});
