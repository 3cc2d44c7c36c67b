/** The support request's procedure id, which the cancellation hands over to. */
export const SUPPORT_REQUEST_ID = 'support-request';
