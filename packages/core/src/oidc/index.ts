/** Trusted publishing (OIDC): GitHub ID tokens exchanged for short-lived index upload tokens, with diagnostics. */
export {
  claimsDump,
  decodeJwtClaims,
  DUMPED_CLAIMS,
  type GitHubClaims,
  workflowFilename,
  workflowRepository,
} from './claims.js';
export {
  ADDING_PUBLISHER_DOCS,
  audienceFailureMessage,
  type AuthFailure,
  emptyPasswordHint,
  type MintError,
  mintErrorHint,
  type MintRefusal,
  mintRefusedMessage,
  publisherFormText,
  publisherFormValues,
  type PublisherFormValues,
  reusableWorkflowWarning,
  STATUS_PAGE,
  TROUBLESHOOTING_DOCS,
  unexpectedMintResponseMessage,
  uploadAuthFailureHint,
} from './diagnostics.js';
export {
  indexSite,
  oidcEndpoints,
  type OidcEndpoints,
  pendingPublisherUrl,
  type PublicIndex,
  publicIndex,
  publisherSettingsUrl,
} from './endpoints.js';
export {
  checkTrustedPublishingEnvironment,
  type Env,
  ID_TOKEN_PERMISSION_YAML,
  isForkPullRequest,
  readEventPayload,
} from './environment.js';
export { type IdTokenRequest, requestGitHubIdToken } from './id-token.js';
export {
  MIN_USABLE_MS,
  RENEWAL_THRESHOLD_MS,
  TOKEN_LIFETIME_MS,
  TOKEN_USERNAME,
  type TrustedPublishingCheck,
  trustedPublishing,
  type TrustedPublishingOptions,
  type TrustedPublishingSource,
  verifyTrustedPublishing,
} from './trusted-publishing.js';
