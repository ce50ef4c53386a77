/** Publishing distributions to a PyPI-compatible index: the upload form, transport, plan and report. */
export { type CredentialSource, fixedCredentials, type UploadCredentials } from './credentials.js';
export { digestBytes, digestFile, type FileDigests } from '../hashing/index.js';
export { type Distribution, readDistribution } from './distribution.js';
export {
  compareWithIndex,
  type Comparison,
  type ExistingFiles,
  existingFiles,
  type IndexedFile,
} from './existing.js';
export { type FormExtras, type FormField, safeName, uploadFormFields } from './form.js';
export { type FilePart, type MultipartBody, multipartBody } from './multipart.js';
export { type PlannedFile, type UploadPlan, planUpload } from './plan.js';
export { type FileProgress, fileProgress, type ProgressOptions, rateText, sizeText } from './progress.js';
export {
  type Attester,
  type FileReport,
  type FileStatus,
  ON_INDEX,
  type PublishDeps,
  publishDistributions,
  type PublishOptions,
  type PublishReport,
} from './publish.js';
export { packagesDirFiles } from './packages-dir.js';
export {
  type OutputFile,
  type PackagesDirDeps,
  type PackagesDirOptions,
  type PackagesDirResult,
  publishPackagesDir,
} from './packages-dir-publish.js';
export { repositoryEndpoints, type RepositoryTarget } from './repository.js';
export {
  answerMessage,
  classifyUpload,
  hintFor,
  type UploadAnswer,
  type UploadVerdict,
} from './responses.js';
export { type UploadRequest, type UploadResult, uploadFile, type UploadTransport } from './upload.js';
