/** Streaming readers of distribution archives (wheels as ZIP, sdists as tar.gz) and the Z rules. */
export { PYPI_ARCHIVES_HELP, ARCHIVE_RULES } from './rules.js';
export { ArchiveMemberError, DEFAULT_MEMBER_LIMIT, openZip } from './zip.js';
export type { MemberDigest, ZipArchive, ZipMember } from './zip.js';
export { DigestPool, inlineRunner } from './digest-pool.js';
export type { DigestRunner } from './digest-pool.js';
export { runDigestJob } from './digest-job.js';
export type { DigestJob, JobLibraries, JobOutcome } from './digest-job.js';
export { DEFAULT_KEEP_LIMIT, commonPath, readTarGz } from './tar.js';
export type { SdistListing, TarMember } from './tar.js';
