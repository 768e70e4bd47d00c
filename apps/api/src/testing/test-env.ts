/** Set by globalSetup for the test workers: the server on which each file creates its database. */
export const TEST_ADMIN_URL_VARIABLE = 'GEZINSPLAN_TEST_ADMIN_URL';
