/**
 * A browser test that fails is run once more, with the first failure printed above the retry.
 * A real Chromium and the whole product share two cores here, and now and then a page misses a
 * beat the test does not wait for; a broken feature fails both runs, and the printed first
 * failure keeps a flaky test in sight so it can be fixed.
 */
jest.retryTimes(1, { logErrorsBeforeRetry: true });
