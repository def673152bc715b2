/*
 * Imported first by a test that must see kafkajs as production does. kafkajs picks its retry
 * defaults by NODE_ENV when it is loaded (`test`: a 1 s cap on its backoff instead of 30 s), and
 * `npm run test:one` / `npm test` set NODE_ENV=test. Jest gives each test file its own copy of
 * process.env and its own module registry, so this reaches no other file.
 */
process.env.NODE_ENV = 'production';
