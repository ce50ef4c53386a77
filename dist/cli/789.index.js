export const id = 789;
export const ids = [789];
export const modules = {

/***/ 97211:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ fulfilledValues),
/* harmony export */   v: () => (/* binding */ runLimited)
/* harmony export */ });
/**
 * A promise pool: async work on many items, a few at a time. Builds and distribution reads both run
 * through it; CPU-bound work that needs threads goes to worker pools instead (distfiles/archive/
 * digest-pool.ts for check-dist, hashing/digest-workers.ts for uploads).
 */
/**
 * Runs `fn` on every item, at most `limit` at once, and never rejects: each item's outcome is in its
 * place. After a failure no further item starts (those already running finish), so one broken
 * input does not cost the time of all the others.
 */
async function runLimited(items, limit, fn) {
    const outcomes = items.map(() => ({ status: 'skipped' }));
    let next = 0;
    let stopped = false;
    const worker = async () => {
        while (!stopped && next < items.length) {
            const index = next++;
            try {
                outcomes[index] = { status: 'fulfilled', value: await fn(items[index]) };
            }
            catch (reason) {
                outcomes[index] = { status: 'rejected', reason };
                stopped = true;
            }
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
    return outcomes;
}
/** The values of `outcomes`, all fulfilled; otherwise throws the first failure, in item order. */
function fulfilledValues(outcomes) {
    const failed = outcomes.find((o) => o.status === 'rejected');
    if (failed)
        throw failed.reason;
    return outcomes.map((o) => o.value);
}


/***/ }),

/***/ 84165:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  dO: () => (/* reexport */ ARCHIVE_RULES),
  $I: () => (/* reexport */ DigestPool),
  yR: () => (/* reexport */ inlineRunner),
  QH: () => (/* reexport */ openZip),
  Jq: () => (/* reexport */ readTarGz)
});

// UNUSED EXPORTS: ArchiveMemberError, DEFAULT_KEEP_LIMIT, DEFAULT_MEMBER_LIMIT, PYPI_ARCHIVES_HELP, commonPath, runDigestJob

// EXTERNAL MODULE: ./packages/core/src/distfiles/findings.ts
var distfiles_findings = __webpack_require__(31027);
;// CONCATENATED MODULE: ./packages/core/src/distfiles/archive/rules.ts
/**
 * Archive framing rules: what PyPI (Warehouse's `_is_valid_dist_file` and `utils/zipfiles.py`)
 * rejects in the ZIP or tar container itself, and what installers and the sdist spec's `data`
 * extraction filter refuse, before any metadata is looked at.
 */

/** Where PyPI explains its archive restrictions; quoted in every ZIP framing message. */
const PYPI_ARCHIVES_HELP = 'https://docs.pypi.org/archives';
/** Rules Z001–Z016 (ZIP, wheels) and Z020–Z029 (tar.gz, sdists). */
const ARCHIVE_RULES = (0,distfiles_findings/* defineRules */.x)({
    Z001: {
        severity: 'error',
        source: 'pypi',
        title: 'The wheel is not a ZIP archive ("File is not a zipfile")',
    },
    Z002: {
        severity: 'error',
        source: 'pypi',
        title: 'The file reads both as a ZIP and as a tar archive ("File is both a zip and a tar file")',
    },
    Z003: {
        severity: 'error',
        source: 'pypi',
        title: 'A file name appears twice ("ZIP archive not accepted: Duplicate filename in central directory")',
    },
    Z004: {
        severity: 'error',
        source: 'pypi',
        title: 'Data or comments after the ZIP records ("ZIP archive not accepted: Trailing data")',
    },
    Z005: {
        severity: 'error',
        source: 'pypi',
        title: 'Data before the first local header or between records ("ZIP archive not accepted: Unknown record signature")',
    },
    Z006: {
        severity: 'error',
        source: 'pypi',
        title: 'Local headers and the central directory list different files ("ZIP archive not accepted: Mis-matched local headers and central directory")',
    },
    Z007: {
        severity: 'warning',
        source: 'otai-release',
        title: 'A local header and its central directory entry disagree on compression method or flags (readers that stream and readers that seek see different data)',
    },
    Z008: {
        severity: 'error',
        source: 'pypi',
        title: 'The ZIP was written in streaming mode ("ZIP archive not accepted: ZIP contains a data descriptor")',
    },
    Z009: {
        severity: 'error',
        source: 'pypi',
        title: 'A file name is not UTF-8 ("ZIP archive not accepted: Filename not valid UTF-8")',
    },
    Z010: {
        severity: 'error',
        source: 'pypi',
        title: 'A file name holds a control character, 0x00–0x1F or 0x7F ("ZIP archive not accepted: Invalid character in filename")',
    },
    Z011: {
        severity: 'error',
        source: 'pypi',
        title: 'A member is neither stored nor deflated ("File does not use a supported compression type")',
    },
    Z012: {
        severity: 'error',
        source: 'pypi',
        title: 'Over 64 MiB uncompressed at more than 50 times the file size ("File exceeds compression ratio of 50")',
    },
    Z013: {
        severity: 'error',
        source: 'pypi',
        title: 'The ZIP records are malformed: counts, offsets, ZIP64 records or extra fields ("ZIP archive not accepted: Malformed zip file")',
    },
    Z014: {
        severity: 'error',
        source: 'wheel-spec',
        title: 'A member cannot be read back intact: bad CRC-32, wrong size, truncated or corrupt data',
    },
    Z015: {
        severity: 'error',
        source: 'wheel-spec',
        title: 'A member is encrypted; installers cannot read it',
    },
    Z016: {
        severity: 'error',
        source: 'otai-release',
        title: 'A member that must be inspected is larger than the checker reads',
    },
    Z020: {
        severity: 'error',
        source: 'pypi',
        title: 'The sdist is not a gzip-compressed tar archive ("File is not a tarfile")',
    },
    Z021: {
        severity: 'error',
        source: 'pypi',
        title: 'The sdist has sparse members ("tar archive not accepted: Sparse members are not allowed.")',
    },
    Z022: {
        severity: 'error',
        source: 'pypi',
        title: 'The sdist has no single top-level directory ("Incorrect number of top-level directories in sdist")',
    },
    Z023: {
        severity: 'error',
        source: 'pypi',
        title: 'The sdist has no PKG-INFO in its top-level directory ("PKG-INFO not found at <root>/PKG-INFO")',
    },
    Z024: { severity: 'error', source: 'sdist-spec', title: '<root>/PKG-INFO is not a regular file' },
    Z025: {
        severity: 'error',
        source: 'sdist-spec',
        title: "A member's path is absolute or leads outside the sdist (refused by the `data` extraction filter)",
    },
    Z026: {
        severity: 'error',
        source: 'sdist-spec',
        title: 'A link points to an absolute path or outside the sdist (refused by the `data` extraction filter)',
    },
    Z027: {
        severity: 'error',
        source: 'sdist-spec',
        title: 'A member is a device, FIFO or other special file (refused by the `data` extraction filter)',
    },
    Z028: {
        severity: 'warning',
        source: 'sdist-spec',
        title: 'A member has the setuid or setgid bit set (cleared by the `data` extraction filter)',
    },
    Z029: {
        severity: 'error',
        source: 'sdist-spec',
        title: "A tar header is damaged: Python's tarfile stops reading there, so later members are invisible",
    },
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
;// CONCATENATED MODULE: ./packages/core/src/distfiles/archive/describe.ts
/** Showing member names in messages: quoted, with control characters and undecodable bytes escaped. */

const SPECIAL = /[\x00-\x1f\x7f\\']/g;
/** `'name'` with control characters, quotes and backslashes escaped (like Python's repr). */
function quoteName(name) {
    if (typeof name === 'string')
        return `'${describe_escape(name)}'`;
    if ((0,external_node_buffer_.isUtf8)(name))
        return `'${describe_escape(name.toString('utf8'))}'`;
    let out = '';
    for (const byte of name)
        out += byte < 0x80 ? describe_escape(String.fromCharCode(byte)) : `\\x${hex(byte)}`;
    return `'${out}'`;
}
/** Member names as one phrase: the first few quoted, then how many more. */
function listNames(names, max = 5) {
    const shown = names.slice(0, max).map((n) => quoteName(n));
    return names.length > max ? `${shown.join(', ')} and ${names.length - max} more` : shown.join(', ');
}
function describe_escape(text) {
    return text.replace(SPECIAL, (c) => (c === '\\' || c === "'" ? `\\${c}` : `\\x${hex(c.charCodeAt(0))}`));
}
function hex(code) {
    return code.toString(16).padStart(2, '0');
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
;// CONCATENATED MODULE: ./packages/core/src/distfiles/archive/file-reader.ts
/**
 * Positioned reads of one open archive file. Header parsing makes many tiny reads near each other
 * (served from a small window), member data is read in large blocks with the next block already
 * on its way while the caller hashes the current one. The blocks are three buffers used in turn:
 * fresh memory for every block would cost page faults and keep dead blocks around until the
 * garbage collector runs.
 */


// Large enough that per-read overhead vanishes next to hashing, small enough to keep memory flat.
const BLOCK_SIZE = 4 * 1024 * 1024;
const WINDOW_SIZE = 64 * 1024;
const SYNC_READ_LIMIT = 1024 * 1024;
// The block being consumed, the one being read ahead, and the one the consumer just left.
const POOL_SIZE = 3;
// Files up to this size are read whole on open: most wheels and sdists are small, and one read
// beats dozens of positioned ones through the thread pool.
const WHOLE_FILE_LIMIT = 1024 * 1024;
/** An open file read at explicit positions; never buffers more than a few blocks. */
class PositionedReader {
    handle;
    size;
    window;
    windowBuffer;
    current;
    ahead;
    pool = [];
    turn = 0;
    constructor(
    /** Undefined when the whole file was read on open. */
    handle, 
    /** File size in bytes. */
    size) {
        this.handle = handle;
        this.size = size;
    }
    /** Opens `path` for reading. */
    static async open(path) {
        // Small files: one synchronous read costs less than the promise round trips of open/stat/read/close.
        if ((0,external_node_fs_.statSync)(path).size <= WHOLE_FILE_LIMIT) {
            const data = (0,external_node_fs_.readFileSync)(path);
            const reader = new PositionedReader(undefined, data.length);
            reader.window = { start: 0, data };
            return reader;
        }
        const handle = await (0,promises_.open)(path, 'r');
        try {
            const { size } = await handle.stat();
            return new PositionedReader(handle, size);
        }
        catch (error) {
            await handle.close();
            throw error;
        }
    }
    /**
     * Up to `length` bytes at `position` (fewer at the end of the file), in memory of their own
     * (never a view of a buffer that is read into again), so they may be kept.
     */
    async read(position, length) {
        const end = Math.min(position + length, this.size);
        if (position >= end)
            return Buffer.alloc(0);
        const window = this.window;
        if (!this.handle && window)
            return window.data.subarray(position, end); // the whole file, read on open
        if (window && position >= window.start && end <= window.start + window.data.length) {
            // A copy: the window is refilled in place (a fresh window per refill was hundreds of MB of
            // garbage over a run, since the framing walk refills it for nearly every member of a large
            // wheel); header-sized copies come from Node's small-buffer pool.
            return Buffer.from(window.data.subarray(position - window.start, end - window.start));
        }
        // Header-sized reads are synchronous: the bytes are in the page cache nearly always, and an
        // asynchronous read costs more to set up than to do (the framing walk makes one per 64 KiB).
        if (end - position > WINDOW_SIZE) {
            const length = end - position;
            return length <= SYNC_READ_LIMIT
                ? this.readExactlySync(position, length, Buffer.allocUnsafeSlow(length))
                : this.readExactly(position, length, Buffer.allocUnsafeSlow(length));
        }
        const size = Math.min(WINDOW_SIZE, this.size - position);
        this.windowBuffer ??= Buffer.allocUnsafeSlow(Math.min(WINDOW_SIZE, this.size));
        this.window = { start: position, data: this.readExactlySync(position, size, this.windowBuffer) };
        return Buffer.from(this.window.data.subarray(0, end - position));
    }
    /**
     * The bytes of [start, end) as consecutive slices of at most one block, reading ahead: while
     * the caller works on one slice the next block is already being read. A slice stays valid
     * until the slice after the next one is asked for (from any `slices` of this reader): hash it,
     * copy it, or make sure whoever was handed it is done by then.
     */
    async *slices(start, end) {
        let position = start;
        end = Math.min(end, this.size);
        while (position < end) {
            const block = await this.blockAt(position);
            const from = position - block.start;
            const to = Math.min(block.data.length, end - block.start);
            if (to <= from)
                return; // short read: the file ended early
            yield block.data.subarray(from, to);
            position = block.start + to;
        }
    }
    /** The bytes of [start, end) when the whole file is in memory (read on open), else undefined. */
    held(start, end) {
        const whole = this.window;
        if (!whole || this.handle || whole.start !== 0)
            return undefined;
        return whole.data.subarray(Math.min(start, whole.data.length), Math.min(end, whole.data.length));
    }
    /** Closes the file. */
    async close() {
        await this.ahead?.data.catch(() => undefined);
        this.window = this.current = this.ahead = undefined;
        await this.handle?.close();
    }
    async blockAt(position) {
        const whole = this.window;
        if (whole && whole.start === 0 && whole.data.length === this.size)
            return whole;
        const current = this.current;
        if (current && position >= current.start && position < current.start + current.data.length)
            return current;
        let block;
        if (this.ahead && position >= this.ahead.start && position < this.ahead.start + BLOCK_SIZE) {
            block = { start: this.ahead.start, data: await this.ahead.data };
        }
        else {
            // A jump: the read-ahead (if any) is abandoned, but may still be filling its buffer.
            await this.ahead?.data.catch(() => undefined);
            const size = Math.min(BLOCK_SIZE, this.size - position);
            block = { start: position, data: await this.readExactly(position, size, this.nextBuffer()) };
        }
        this.current = block;
        const next = block.start + block.data.length;
        this.ahead =
            next < this.size && block.data.length > 0
                ? {
                    start: next,
                    data: this.readExactly(next, Math.min(BLOCK_SIZE, this.size - next), this.nextBuffer()),
                }
                : undefined;
        // A read-ahead that is never awaited (the caller jumped elsewhere) must not become unhandled.
        this.ahead?.data.catch(() => undefined);
        return block;
    }
    nextBuffer() {
        const index = this.turn++ % POOL_SIZE;
        return (this.pool[index] ??= Buffer.allocUnsafeSlow(Math.min(BLOCK_SIZE, this.size)));
    }
    readExactlySync(position, length, into) {
        const buffer = into.subarray(0, length);
        let filled = 0;
        while (filled < length && this.handle) {
            const read = (0,external_node_fs_.readSync)(this.handle.fd, buffer, filled, length - filled, position + filled);
            if (read === 0)
                break;
            filled += read;
        }
        return filled === length ? buffer : buffer.subarray(0, filled);
    }
    async readExactly(position, length, into) {
        const buffer = into.subarray(0, length);
        let filled = 0;
        while (filled < length) {
            if (!this.handle)
                break; // read whole on open: nothing lies beyond it
            const { bytesRead } = await this.handle.read(buffer, filled, length - filled, position + filled);
            if (bytesRead === 0)
                break;
            filled += bytesRead;
        }
        return filled === length ? buffer : buffer.subarray(0, filled);
    }
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
;// CONCATENATED MODULE: ./packages/core/src/distfiles/archive/zip-records.ts
/**
 * The records of a ZIP file (APPNOTE.TXT 4.3), read the way Python's `zipfile` reads them, since
 * pip, twine and Warehouse all see a wheel through it: the end record is searched like
 * `_EndRecData`, a prefix before the archive is tolerated ("concat"), and names are decoded as
 * UTF-8 only when flag bit 11 is set (cp437 otherwise).
 */


const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_END = 0x06054b50;
const SIG_END64 = 0x06064b50;
const SIG_END64_LOCATOR = 0x07064b50;
const SIG_DESCRIPTOR = 0x08074b50;
const LOCAL_HEADER_SIZE = 30;
const CENTRAL_HEADER_SIZE = 46;
const END_SIZE = 22;
const END64_SIZE = 56;
const END64_LOCATOR_SIZE = 20;
const FLAG_ENCRYPTED = 0x0001;
const FLAG_DATA_DESCRIPTOR = 0x0008;
const FLAG_UTF8 = 0x0800;
const EXTRA_ZIP64 = 0x0001;
const EXTRA_UNICODE_PATH = 0x7075;
const MAX_U32 = 0xffffffff;
// The comment after the end record is at most 64 KiB, so the record lies in the last 64 KiB + 22.
const MAX_COMMENT = 0xffff;
// Refuse to buffer a central directory bigger than this; real wheels stay far below.
const MAX_CENTRAL_DIRECTORY = 256 * 1024 * 1024;
/** Python's `BadZipFile`: the archive cannot be opened at all; the message is zipfile's own. */
class ZipFormatError extends Error {
}
/** The summary of a parsed local header. */
function summarise(local) {
    return { name: originalName(local.nameBytes, local.flags), dataPosition: local.dataPosition };
}
const NO_EXTRA_FIELDS = Object.freeze({ fields: Object.freeze([]), malformed: false });
/** Splits an extra-field block; `malformed` when a length runs past the block or a fragment is left. */
function parseExtraFields(extra) {
    // Most headers have no extra field: one shared answer rather than two objects per header.
    if (extra.length === 0)
        return NO_EXTRA_FIELDS;
    const fields = [];
    let at = 0;
    while (at < extra.length) {
        if (extra.length - at < 4)
            return { fields, malformed: true };
        const id = extra.readUInt16LE(at);
        const size = extra.readUInt16LE(at + 2);
        if (at + 4 + size > extra.length)
            return { fields, malformed: true };
        fields.push({ id, data: extra.subarray(at + 4, at + 4 + size) });
        at += 4 + size;
    }
    return { fields, malformed: false };
}
/** Finds the end record as `zipfile._EndRecData` does; undefined when the file is not a ZIP. */
async function findEndRecord(reader) {
    const size = reader.size;
    if (size < END_SIZE)
        return undefined;
    let position = -1;
    const tail = await reader.read(size - END_SIZE, END_SIZE);
    if (tail.readUInt32LE(0) === SIG_END && tail.readUInt16LE(20) === 0) {
        position = size - END_SIZE;
    }
    else {
        const searchStart = Math.max(size - MAX_COMMENT - 1 - END_SIZE, 0);
        const area = await reader.read(searchStart, size - searchStart);
        const found = area.lastIndexOf(u32(SIG_END));
        if (found < 0 || found + END_SIZE > area.length)
            return undefined;
        position = searchStart + found;
    }
    const record = await reader.read(position, END_SIZE);
    const end = {
        position,
        entries: record.readUInt16LE(10),
        centralSize: record.readUInt32LE(12),
        centralOffset: record.readUInt32LE(16),
        commentLength: record.readUInt16LE(20),
    };
    if (position < END64_LOCATOR_SIZE)
        return end;
    const locator = await reader.read(position - END64_LOCATOR_SIZE, END64_LOCATOR_SIZE);
    if (locator.readUInt32LE(0) !== SIG_END64_LOCATOR)
        return end;
    if (locator.readUInt32LE(4) !== 0 || locator.readUInt32LE(16) > 1) {
        throw new ZipFormatError('zipfiles that span multiple disks are not supported');
    }
    // Like zipfile, assume the ZIP64 record sits right before its locator (no extensible data).
    const zip64Position = position - END64_LOCATOR_SIZE - END64_SIZE;
    if (zip64Position < 0)
        return end;
    const record64 = await reader.read(zip64Position, END64_SIZE);
    if (record64.readUInt32LE(0) !== SIG_END64)
        return end;
    return {
        ...end,
        entries: u64(record64, 32),
        centralSize: u64(record64, 40),
        centralOffset: u64(record64, 48),
        zip64Position,
    };
}
/** Reads the central directory as `ZipFile._RealGetContents` does; throws ZipFormatError like it. */
async function readCentralDirectory(reader, end) {
    let prefix = end.position - end.centralSize - end.centralOffset;
    if (end.zip64Position !== undefined)
        prefix -= END64_SIZE + END64_LOCATOR_SIZE;
    const position = end.centralOffset + prefix;
    if (position < 0)
        throw new ZipFormatError('Bad offset for central directory');
    if (end.centralSize > MAX_CENTRAL_DIRECTORY) {
        throw new ZipFormatError(`Central directory of ${end.centralSize} bytes is larger than this checker reads`);
    }
    const data = await reader.read(position, end.centralSize);
    const entries = [];
    let at = 0;
    while (at < end.centralSize) {
        if (data.length - at < CENTRAL_HEADER_SIZE)
            throw new ZipFormatError('Truncated central directory');
        if (data.readUInt32LE(at) !== SIG_CENTRAL)
            throw new ZipFormatError('Bad magic number for central directory');
        const nameLength = data.readUInt16LE(at + 28);
        const extraLength = data.readUInt16LE(at + 30);
        const commentLength = data.readUInt16LE(at + 32);
        const nameStart = at + CENTRAL_HEADER_SIZE;
        const next = nameStart + nameLength + extraLength + commentLength;
        if (next > data.length)
            throw new ZipFormatError('Truncated central directory');
        const versionNeeded = data.readUInt16LE(at + 6);
        if (versionNeeded > 63) {
            throw new ZipFormatError(`zip file version ${(versionNeeded / 10).toFixed(1)}`);
        }
        const nameBytes = data.subarray(nameStart, nameStart + nameLength);
        const extra = data.subarray(nameStart + nameLength, nameStart + nameLength + extraLength);
        const flags = data.readUInt16LE(at + 8);
        const sizes = applyZip64Extra({
            compressedSize: data.readUInt32LE(at + 20),
            uncompressedSize: data.readUInt32LE(at + 24),
            offset: data.readUInt32LE(at + 42),
        }, extra);
        entries.push({
            recordPosition: position + at,
            nameBytes,
            name: pythonName(nameBytes, flags, extra),
            flags,
            method: data.readUInt16LE(at + 10),
            crc32: data.readUInt32LE(at + 16),
            compressedSize: sizes.compressedSize,
            uncompressedSize: sizes.uncompressedSize,
            localHeaderPosition: sizes.offset + prefix,
        });
        at = next;
    }
    return { end, prefix, position, entries };
}
/** Parses the local header at `position`; undefined when no local header starts there. */
async function readLocalHeader(reader, position) {
    const fixed = await reader.read(position, LOCAL_HEADER_SIZE);
    if (fixed.length < LOCAL_HEADER_SIZE || fixed.readUInt32LE(0) !== SIG_LOCAL)
        return undefined;
    const nameLength = fixed.readUInt16LE(26);
    const extraLength = fixed.readUInt16LE(28);
    const variable = await reader.read(position + LOCAL_HEADER_SIZE, nameLength + extraLength);
    if (variable.length < nameLength + extraLength)
        return undefined;
    const extra = variable.subarray(nameLength);
    const sizes = applyZip64Extra({ compressedSize: fixed.readUInt32LE(18), uncompressedSize: fixed.readUInt32LE(22), offset: 0 }, extra);
    return {
        position,
        flags: fixed.readUInt16LE(6),
        method: fixed.readUInt16LE(8),
        crc32: fixed.readUInt32LE(14),
        compressedSize: sizes.compressedSize,
        uncompressedSize: sizes.uncompressedSize,
        rawCompressedSize: fixed.readUInt32LE(18),
        rawUncompressedSize: fixed.readUInt32LE(22),
        nameBytes: variable.subarray(0, nameLength),
        extra,
        dataPosition: position + LOCAL_HEADER_SIZE + nameLength + extraLength,
    };
}
/** The name as stored, decoded like zipfile's `orig_filename`: UTF-8 with flag bit 11, else cp437. */
function originalName(nameBytes, flags) {
    return flags & FLAG_UTF8 ? nameBytes.toString('utf8') : decodeCp437(nameBytes);
}
/** The name as Python's zipfile uses it: `originalName`, or a matching Unicode Path field; cut at NUL. */
function pythonName(nameBytes, flags, extra = Buffer.alloc(0)) {
    let name = originalName(nameBytes, flags);
    // zipfile prefers an Info-ZIP Unicode Path field that vouches for these exact name bytes.
    for (const field of parseExtraFields(extra).fields) {
        if (field.id !== EXTRA_UNICODE_PATH || field.data.length < 5 || field.data[0] !== 1)
            continue;
        if (field.data.readUInt32LE(1) !== (0,external_node_zlib_.crc32)(nameBytes))
            continue;
        const unicode = field.data.subarray(5);
        if (unicode.length > 0 && isUtf8(unicode))
            name = unicode.toString('utf8');
    }
    const nul = name.indexOf('\0');
    return nul >= 0 ? name.slice(0, nul) : name;
}
/** Whether `bytes` is well-formed UTF-8. */
function isUtf8(bytes) {
    return (0,external_node_buffer_.isUtf8)(bytes);
}
/** Code page 437, the ZIP format's historical name encoding, as Python decodes it. */
const CP437_HIGH = 'ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u00a0';
function decodeCp437(bytes) {
    // Nearly every name is ASCII, where cp437 and latin-1 agree: one native decode, no string per byte.
    if ((0,external_node_buffer_.isAscii)(bytes))
        return bytes.toString('latin1');
    let out = '';
    for (let i = 0; i < bytes.length; i++) {
        const byte = bytes[i];
        out += byte < 0x80 ? String.fromCharCode(byte) : CP437_HIGH[byte - 0x80];
    }
    return out;
}
/** Fills the 0xFFFFFFFF placeholders from a ZIP64 extra field, in zipfile's order. */
function applyZip64Extra(sizes, extra) {
    const field = parseExtraFields(extra).fields.find((f) => f.id === EXTRA_ZIP64);
    if (!field)
        return sizes;
    const out = { ...sizes };
    let at = 0;
    const take = () => {
        if (field.data.length - at < 8)
            return undefined;
        const value = u64(field.data, at);
        at += 8;
        return value;
    };
    if (out.uncompressedSize === MAX_U32)
        out.uncompressedSize = take() ?? out.uncompressedSize;
    if (out.compressedSize === MAX_U32)
        out.compressedSize = take() ?? out.compressedSize;
    if (out.offset === MAX_U32)
        out.offset = take() ?? out.offset;
    return out;
}
/** A little-endian 64-bit field as a number; sizes beyond 2^53 cannot occur in a real file. */
function u64(buffer, at) {
    return Number(buffer.readBigUInt64LE(at));
}
/** The four signature bytes of `signature`. */
function u32(signature) {
    const out = Buffer.alloc(4);
    out.writeUInt32LE(signature);
    return out;
}

;// CONCATENATED MODULE: ./packages/core/src/distfiles/archive/sniff.ts
/**
 * What Python's `tarfile.is_tarfile` and `zipfile.is_zipfile` would say about a file. PyPI asks
 * both and rejects a file for which both say yes ("File is both a zip and a tar file"): such a
 * polyglot unpacks differently depending on the tool.
 */


const BLOCK = 512;
const GZIP_MAGIC = [0x1f, 0x8b];
/** Whether the buffer starts with the gzip magic number. */
function isGzip(head) {
    return head.length >= 2 && head[0] === GZIP_MAGIC[0] && head[1] === GZIP_MAGIC[1];
}
/**
 * Whether `block` is a tar header Python's tarfile accepts as a first member: not all zeros, and
 * its checksum field matches the unsigned or the signed sum of the header bytes.
 */
function isTarHeader(block) {
    if (block.length < BLOCK)
        return false;
    if (block.subarray(0, BLOCK).every((b) => b === 0))
        return false;
    const stored = checksumField(block.subarray(148, 156));
    if (stored === undefined)
        return false;
    let unsigned = 8 * 0x20;
    let signed = 8 * 0x20;
    for (let i = 0; i < BLOCK; i++) {
        if (i >= 148 && i < 156)
            continue;
        unsigned += block[i];
        signed += block[i] > 127 ? block[i] - 256 : block[i];
    }
    return stored === unsigned || stored === signed;
}
/** Whether tarfile.is_tarfile would accept the file: a valid first header, raw or after gzip. */
async function readsAsTar(reader) {
    const head = await reader.read(0, 64 * 1024);
    if (isTarHeader(head))
        return true;
    if (!isGzip(head))
        return false;
    try {
        return isTarHeader((0,external_node_zlib_.gunzipSync)(head, { finishFlush: external_node_zlib_.constants.Z_SYNC_FLUSH }));
    }
    catch {
        return false;
    }
}
/** Whether zipfile.is_zipfile would accept the file: an end-of-central-directory record is found. */
async function readsAsZip(reader) {
    try {
        return (await findEndRecord(reader)) !== undefined;
    }
    catch (error) {
        if (error instanceof ZipFormatError)
            return true;
        throw error;
    }
}
// tarfile's nti(): base-256 when the first byte is 0x80 or 0xff, else NUL-terminated octal text.
function checksumField(field) {
    if (field[0] === 0x80 || field[0] === 0xff) {
        let value = 0;
        for (let i = 1; i < field.length; i++)
            value = value * 256 + field[i];
        return field[0] === 0xff ? value - 256 ** (field.length - 1) : value;
    }
    const nul = field.indexOf(0);
    const text = field
        .subarray(0, nul < 0 ? field.length : nul)
        .toString('latin1')
        .trim();
    if (text === '')
        return 0;
    return /^[0-7]+$/.test(text) ? parseInt(text, 8) : undefined;
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(75919);
;// CONCATENATED MODULE: ./packages/core/src/distfiles/archive/digest-job.ts
/**
 * Runs one job, synchronously. `held` is the content of [start, end) when the caller already has it
 * (a small file read whole on open), so nothing is read twice; it is shorter where the file ends
 * early.
 */
function runDigestJob(job, lib, held) {
    // Output is hashed in blocks of this size while it is still in the processor's cache.
    const OUT = 256 * 1024;
    // A large member is read this much at a time.
    const BLOCK = 1024 * 1024;
    const { Z_NO_FLUSH, Z_FINISH } = lib.zlib.constants;
    const scratch = lib.scratch;
    const output = (scratch.output ??= Buffer.allocUnsafeSlow(OUT));
    // Node's zlib binding, reused: each member resets the context instead of building a stream, and
    // inflates into `output` instead of fresh memory. Where the runtime lacks it, members inflate
    // one by one with inflateRawSync (same results, more garbage).
    const inflater = () => {
        if (scratch.inflater !== undefined)
            return scratch.inflater;
        const engine = new lib.zlib.InflateRaw();
        const handle = engine._handle;
        const state = engine._writeState;
        // Checked by shape, not instanceof: under a test runner's sandbox, Node's objects come from another realm.
        if (typeof handle?.writeSync !== 'function' ||
            typeof handle.reset !== 'function' ||
            !ArrayBuffer.isView(state) ||
            state.BYTES_PER_ELEMENT !== 4) {
            engine.close();
            return (scratch.inflater = null);
        }
        const made = {
            handle: handle,
            state: state,
            close: () => engine.close(),
        };
        // zlib reports an error by calling back during writeSync; keep the message (the stream object
        // around the context is never written to, so it has nothing to do with it).
        made.handle.onerror = (message) => (made.error = message);
        return (scratch.inflater = made);
    };
    const discardInflater = () => {
        // A context that failed is not trusted again: the next member gets a new one.
        scratch.inflater?.close();
        scratch.inflater = undefined;
    };
    const fd = held ? undefined : lib.fs.openSync(job.path, 'r');
    const readAt = (into, length, position) => {
        let got = 0;
        while (got < length) {
            const n = lib.fs.readSync(fd, into, got, length - got, position + got);
            if (n === 0)
                break;
            got += n;
        }
        return got;
    };
    const inputOf = (length) => {
        if ((scratch.input?.length ?? 0) < length) {
            scratch.input = Buffer.allocUnsafeSlow(Math.max(length, BLOCK));
        }
        return scratch.input;
    };
    const begin = (m) => ({ m, size: 0, crc: 0, kept: 0, tooLong: false });
    const absorb = (d, data) => {
        d.hashes ??= d.m.algorithms.map((a) => lib.crypto.createHash(a));
        for (const h of d.hashes)
            h.update(data);
        d.crc = lib.zlib.crc32(data, d.crc);
    };
    // Inflates one block of a member's compressed data into `output`, absorbing each full output block.
    const inflateBlock = (d, inf, raw, last) => {
        let inOffset = 0;
        let inLength = raw.length;
        for (;;) {
            inf.handle.writeSync(last ? Z_FINISH : Z_NO_FLUSH, raw, inOffset, inLength, output, d.kept, OUT - d.kept);
            if (inf.error !== undefined) {
                d.failure = inf.error;
                return;
            }
            const [outLeft, inLeft] = [inf.state[0], inf.state[1]];
            const produced = OUT - d.kept - outLeft;
            d.kept += produced;
            d.size += produced;
            inOffset += inLength - inLeft;
            inLength = inLeft;
            if (d.size > d.m.uncompressedSize) {
                // A member inflating past its declared size is a bomb or a lie: stop at once.
                d.tooLong = true;
                return;
            }
            if (outLeft !== 0)
                return; // this input is used up, or the stream ended
            absorb(d, output);
            d.kept = 0;
        }
    };
    // The outcome once all data went in: the last output block absorbed, CRC-32 and size compared.
    const finish = (d, inflated) => {
        const { m } = d;
        const fail = (problem, size = d.size) => ({
            key: m.key,
            size,
            digests: {},
            problem,
        });
        if (d.failure !== undefined) {
            return fail({ kind: 'inflate', message: d.failure, rangeError: false, produced: d.size });
        }
        if (d.tooLong)
            return fail({ kind: 'size', actual: m.uncompressedSize, atLeast: true }, m.uncompressedSize);
        if (d.size !== m.uncompressedSize)
            return fail({ kind: 'size', actual: d.size, atLeast: false });
        const rest = inflated ? output.subarray(0, d.kept) : undefined;
        const digests = {};
        if (d.hashes) {
            if (rest)
                absorb(d, rest);
            m.algorithms.forEach((a, i) => (digests[a] = d.hashes[i].digest()));
        }
        else if (rest) {
            d.crc = lib.zlib.crc32(rest);
            for (const a of m.algorithms)
                digests[a] = lib.crypto.hash(a, rest, 'buffer');
        }
        if (d.crc >>> 0 !== m.crc32)
            return fail({ kind: 'crc' });
        return { key: m.key, size: d.size, digests };
    };
    // One member whose compressed bytes are all in memory.
    const digestWhole = (m, raw) => {
        const d = begin(m);
        if (m.method === 0) {
            d.size = raw.length;
            if (d.size !== m.uncompressedSize)
                return finish(d, false);
            d.crc = lib.zlib.crc32(raw);
            const digests = {};
            for (const a of m.algorithms)
                digests[a] = lib.crypto.hash(a, raw, 'buffer');
            return d.crc >>> 0 === m.crc32
                ? { key: m.key, size: d.size, digests }
                : { key: m.key, size: d.size, digests: {}, problem: { kind: 'crc' } };
        }
        const inf = inflater();
        if (!inf)
            return inflateAlone(m, raw);
        inflateBlock(d, inf, raw, true);
        if (d.failure !== undefined)
            discardInflater();
        else
            inf.handle.reset();
        return finish(d, true);
    };
    // Without a reusable context: one inflateRawSync of the whole member.
    const inflateAlone = (m, raw) => {
        const d = begin(m);
        let data;
        try {
            // One byte more than declared, so "longer than declared" is seen rather than clipped.
            data = lib.zlib.inflateRawSync(raw, {
                maxOutputLength: m.uncompressedSize + 1,
                chunkSize: Math.min(Math.max(m.uncompressedSize + 1, 64), BLOCK),
            });
        }
        catch (caught) {
            // By shape again: zlib's errors may come from another realm than this code's Error.
            const error = caught;
            if (error?.name === 'RangeError') {
                // maxOutputLength reached: longer than declared, told as the reused context tells it.
                return finish({ ...d, size: m.uncompressedSize, tooLong: true }, false);
            }
            return {
                key: m.key,
                size: 0,
                digests: {},
                problem: {
                    kind: 'inflate',
                    message: typeof error?.message === 'string' ? error.message : String(caught),
                    rangeError: false,
                },
            };
        }
        d.size = data.length;
        if (d.size !== m.uncompressedSize)
            return finish(d, false);
        d.crc = lib.zlib.crc32(data);
        const digests = {};
        for (const a of m.algorithms)
            digests[a] = lib.crypto.hash(a, data, 'buffer');
        return d.crc >>> 0 === m.crc32
            ? { key: m.key, size: d.size, digests }
            : { key: m.key, size: d.size, digests: {}, problem: { kind: 'crc' } };
    };
    // One large member, read a block at a time.
    const digestStreamed = (m) => {
        const end = m.dataStart + m.compressedSize;
        const d = begin(m);
        if (m.method === 0 && m.compressedSize !== m.uncompressedSize) {
            return {
                key: m.key,
                size: 0,
                digests: {},
                problem: { kind: 'size', actual: m.compressedSize, atLeast: false },
            };
        }
        const inf = m.method === 0 ? undefined : inflater();
        if (inf === null) {
            const input = inputOf(m.compressedSize);
            const got = readAt(input, m.compressedSize, m.dataStart);
            if (got < m.compressedSize)
                return { key: m.key, size: 0, digests: {}, problem: { kind: 'truncated', got } };
            return inflateAlone(m, input.subarray(0, got));
        }
        const input = inputOf(BLOCK);
        let read = 0;
        for (let at = m.dataStart; at < end;) {
            const got = readAt(input, Math.min(BLOCK, end - at), at);
            if (got === 0)
                break;
            read += got;
            at += got;
            const block = input.subarray(0, got);
            if (!inf) {
                d.size += got;
                absorb(d, block);
                continue;
            }
            inflateBlock(d, inf, block, at >= end);
            if (d.failure !== undefined || d.tooLong)
                break;
        }
        if (inf) {
            if (d.failure !== undefined)
                discardInflater();
            else
                inf.handle.reset();
        }
        if (read < m.compressedSize) {
            return { key: m.key, size: d.size, digests: {}, problem: { kind: 'truncated', got: read } };
        }
        if (!inf) {
            // Stored: every byte went through absorb already.
            if (d.crc >>> 0 !== m.crc32)
                return { key: m.key, size: d.size, digests: {}, problem: { kind: 'crc' } };
            const hashes = (d.hashes ??= m.algorithms.map((a) => lib.crypto.createHash(a)));
            const digests = {};
            m.algorithms.forEach((a, i) => (digests[a] = hashes[i].digest()));
            return { key: m.key, size: d.size, digests };
        }
        return finish(d, true);
    };
    let outcomes;
    try {
        if (job.stream) {
            outcomes = [digestStreamed(job.members[0])];
        }
        else {
            let bytes;
            if (held) {
                bytes = held;
            }
            else {
                const length = job.end - job.start;
                const input = inputOf(length);
                bytes = input.subarray(0, readAt(input, length, job.start));
            }
            outcomes = job.members.map((m) => {
                const from = m.dataStart - job.start;
                const available = Math.max(0, Math.min(m.compressedSize, bytes.length - from));
                if (available < m.compressedSize) {
                    return { key: m.key, size: 0, digests: {}, problem: { kind: 'truncated', got: available } };
                }
                return digestWhole(m, bytes.subarray(from, from + m.compressedSize));
            });
        }
    }
    finally {
        if (fd !== undefined)
            lib.fs.closeSync(fd);
    }
    // Every digest copied into one buffer: a job's results then cross threads as one block, and the
    // receiving side frees one allocation instead of one per member.
    let total = 0;
    for (const o of outcomes)
        for (const a in o.digests)
            total += o.digests[a].length;
    const packed = new Uint8Array(total);
    let at = 0;
    for (const o of outcomes) {
        for (const a in o.digests) {
            const digest = o.digests[a];
            packed.set(digest, at);
            o.digests[a] = packed.subarray(at, at + digest.length);
            at += digest.length;
        }
    }
    return outcomes;
}

// EXTERNAL MODULE: external "node:v8"
var external_node_v8_ = __webpack_require__(78877);
;// CONCATENATED MODULE: ./packages/core/src/distfiles/archive/heap-growth.ts
/**
 * How far V8 lets this process's heaps grow while a large check runs. Checking real wheels makes the
 * main thread allocate about 1 GB of short-lived objects (names, records, findings) over a few
 * seconds while only 20–30 MB are live at any time; V8 sizes its heaps for throughput, so by default
 * the young generation grows to its largest semi-spaces and the old generation to several times
 * what is live: 170–210 MB of heap for 25 MB of objects. Keeping the young generation at its first
 * size and the old one at 1.3 times the live size after each full collection brings the peak of the
 * whole process (main thread, digest threads) from about 335 MiB to under 200 MiB on 97 real wheels
 * at the same CPU time (bench/README.md). V8 reads both settings at each collection, so they apply
 * to a running process; an action cannot pass V8 flags to its own `node`, hence setting them here.
 */

// V8's defaults, restored once no large check runs any more.
const BOUNDED = ['--semi-space-growth-factor=1', '--heap-growing-percent=30'];
const DEFAULTS = ['--semi-space-growth-factor=2', '--heap-growing-percent=0'];
let holders = 0;
/** Bounds heap growth until the matching `releaseHeapGrowth()`; calls nest. */
function boundHeapGrowth() {
    if (holders++ === 0)
        for (const flag of BOUNDED)
            (0,external_node_v8_.setFlagsFromString)(flag);
}
/** Gives V8 back its default heap sizing once the last holder releases it. */
function releaseHeapGrowth() {
    if (holders === 0)
        return;
    if (--holders === 0)
        for (const flag of DEFAULTS)
            (0,external_node_v8_.setFlagsFromString)(flag);
}

;// CONCATENATED MODULE: ./packages/core/src/distfiles/archive/digest-pool.ts
/**
 * Where digest jobs run: on worker threads, one per core, so that inflating and hashing real wheels
 * (bound by zlib and sha256, not by start-up) use the whole machine; or inline, for a run too small to
 * repay starting a thread. Workers start on first need, when the data waiting to be hashed passes a
 * threshold, so checking a few small wheels costs no thread at all.
 */







const inlineLibraries = { fs: external_node_fs_, zlib: external_node_zlib_, crypto: external_node_crypto_, scratch: {} };
/** Runs every job on the calling thread, there and then (a job is synchronous). */
const inlineRunner = {
    run(job, held) {
        try {
            return Promise.resolve(runDigestJob(job, inlineLibraries, held));
        }
        catch (error) {
            return Promise.reject(error);
        }
    },
};
// Below this much data to read in a run, threads cost more to start than they save.
const START_THRESHOLD = 8 * 1024 * 1024;
// Jobs handed to a worker before it finishes the one it runs: the next one is already waiting in
// its port when the main thread is busy checking a file (a job holds no memory until it runs).
const IN_FLIGHT = 2;
// A job allocates little (its buffers are reused), so a small young generation is enough.
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 8 };
// The worker's whole program: the job function's own source, so that any bundler keeps them together.
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const lib = { fs: require('node:fs'), zlib: require('node:zlib'), crypto: require('node:crypto'), scratch: {} };
const runDigestJob = (${runDigestJob.toString()});
parentPort.on('message', ({ id, job }) => {
  let outcomes;
  try {
    outcomes = runDigestJob(job, lib);
  } catch (error) {
    parentPort.postMessage({ id, error: String((error && error.stack) || error) });
    return;
  }
  parentPort.postMessage({ id, outcomes });
});
`;
/** Worker threads that run digest jobs; close() when the run ends. */
class DigestPool {
    startAfterBytes;
    size;
    queue = [];
    running;
    queuedBytes = 0;
    nextId = 0;
    failure;
    heapBounded = false;
    /**
     * `threads` defaults to the cores available; workers start once `startAfterBytes` of data have
     * been asked for (jobs before that run inline).
     */
    constructor(threads = (0,external_node_os_.availableParallelism)(), startAfterBytes = START_THRESHOLD) {
        this.startAfterBytes = startAfterBytes;
        this.size = Math.max(1, threads);
    }
    /** Whether worker threads were started. */
    get started() {
        return this.running !== undefined;
    }
    run(job, held) {
        if (this.failure)
            return inlineRunner.run(job, held);
        if (!this.running) {
            this.queuedBytes += job.end - job.start;
            if (this.queuedBytes < this.startAfterBytes)
                return inlineRunner.run(job, held);
            this.running = this.start();
            if (!this.running)
                return inlineRunner.run(job, held);
        }
        // A worker reads the bytes itself: copying them over would cost this thread, which is the busiest.
        return new Promise((resolve, reject) => {
            this.queue.push({ job, resolve, reject });
            this.dispatch();
        });
    }
    /** Stops the workers (jobs still queued are rejected). */
    async close() {
        this.fail(new Error('the digest pool was closed'));
        await Promise.all((this.running ?? []).map((r) => r.worker.terminate()));
        if (this.heapBounded)
            releaseHeapGrowth();
        this.heapBounded = false;
    }
    start() {
        // A run large enough for threads is one whose main thread allocates for seconds on end.
        boundHeapGrowth();
        this.heapBounded = true;
        try {
            return Array.from({ length: this.size }, () => {
                const running = {
                    worker: new external_node_worker_threads_.Worker(WORKER_SOURCE, { eval: true, resourceLimits: WORKER_LIMITS }),
                    jobs: new Map(),
                };
                running.worker.unref();
                running.worker.on('message', (m) => {
                    const waiting = running.jobs.get(m.id);
                    running.jobs.delete(m.id);
                    if (m.error !== undefined)
                        waiting?.reject(new Error(`digest worker: ${m.error}`));
                    else
                        waiting?.resolve(m.outcomes);
                    this.dispatch();
                });
                running.worker.on('error', (error) => this.fail(error));
                running.worker.on('exit', () => this.fail(new Error('a digest worker stopped')));
                return running;
            });
        }
        catch {
            // Where threads cannot start (a restricted runtime), everything runs inline.
            return undefined;
        }
    }
    dispatch() {
        const running = this.running ?? [];
        while (this.queue.length > 0) {
            // The least busy worker, so that one stuck on a large member does not hold the next job.
            let target;
            for (const r of running)
                if (r.jobs.size < IN_FLIGHT && (!target || r.jobs.size < target.jobs.size))
                    target = r;
            if (!target)
                return;
            const waiting = this.queue.shift();
            const id = this.nextId++;
            target.jobs.set(id, waiting);
            target.worker.postMessage({ id, job: waiting.job });
        }
    }
    fail(error) {
        this.failure ??= error;
        for (const waiting of this.queue.splice(0))
            waiting.reject(error);
        for (const running of this.running ?? []) {
            for (const waiting of running.jobs.values())
                waiting.reject(error);
            running.jobs.clear();
        }
    }
}

;// CONCATENATED MODULE: ./packages/core/src/distfiles/archive/issues.ts
/**
 * Collects archive problems member by member and turns each kind into one finding that names all
 * the members concerned, so a wheel with 3,000 bad names gives one finding, not 3,000.
 */


// Messages list this many members; `members` always holds all of them.
const SHOWN = 5;
/** Groups problems by rule and text (the authority's wording), in the order first seen. */
class IssueCollector {
    groups = new Map();
    /**
     * Records one occurrence of `text` (the authority's wording) under `rule`. `about` may be a
     * function, so that naming the member costs nothing on the path where nothing is wrong.
     */
    add(rule, text, fix, lazyAbout = {}) {
        const about = typeof lazyAbout === 'function' ? lazyAbout() : lazyAbout;
        const key = `${rule.code}\n${text}`;
        let group = this.groups.get(key);
        if (!group) {
            group = { rule, text, fix, members: [], shown: [], details: [] };
            this.groups.set(key, group);
        }
        if (about.member !== undefined && !group.members.includes(about.member)) {
            group.members.push(about.member);
            group.shown.push(about.shown ?? quoteName(about.member));
        }
        if (about.detail !== undefined && !group.details.includes(about.detail))
            group.details.push(about.detail);
    }
    /** Whether anything was recorded under `rule`. */
    has(rule) {
        return [...this.groups.values()].some((g) => g.rule.code === rule.code);
    }
    /** One finding per rule and text. */
    findings() {
        return [...this.groups.values()].map((g) => {
            const shown = g.shown.length > SHOWN ? [...g.shown.slice(0, SHOWN), `and ${g.shown.length - SHOWN} more`] : g.shown;
            const subject = [shown.join(', '), ...g.details.slice(0, SHOWN)].filter(Boolean).join('; ');
            const message = subject ? `${g.text.replace(/\.$/, '')}: ${subject}.` : g.text;
            return (0,distfiles_findings/* finding */.g)(g.rule, message, g.fix, g.members);
        });
    }
}

;// CONCATENATED MODULE: ./packages/core/src/distfiles/archive/zip-framing.ts




const NOT_ACCEPTED = 'Invalid distribution file. ZIP archive not accepted: ';
const zip_framing_MAX_U32 = 0xffffffff;
// Warehouse's decompression-bomb limits (forklift/legacy.py).
const RATIO_MIN_SIZE = 64 * 1024 * 1024;
const RATIO_THRESHOLD = 50;
const STORED = 0;
const DEFLATED = 8;
// Flags whose disagreement changes how the data is read: encryption, data descriptor, strong
// encryption, UTF-8 name.
const SIGNIFICANT_FLAGS = 0x0001 | 0x0008 | 0x0040 | 0x0800;
const see = ` (see ${PYPI_ARCHIVES_HELP})`;
const FIX = {
    duplicate: `rebuild the wheel with a standard backend (hatchling, setuptools, flit-core, poetry-core, maturin); this archive was written by a tool that appends entries, so two entries share a name${see}`,
    trailing: `upload the wheel exactly as the backend wrote it; something appended data after the archive or wrote entry comments${see}`,
    prefix: `upload the wheel exactly as the backend wrote it; something prepended data (a stub, a signature) or left bytes between records${see}`,
    mismatch: `rebuild the wheel with a standard backend instead of patching it in place; tools that rewrite or delete entries leave local headers the central directory no longer describes${see}`,
    descriptor: `rebuild with a standard backend that writes the wheel to a seekable file; this archive was written in streaming mode (a data descriptor after each member)${see}`,
    utf8: `rename the file to an ASCII or UTF-8 name, or rebuild with a backend that writes UTF-8 names and sets the UTF-8 flag (bit 11)${see}`,
    control: `rename the file so its path has no control characters, then rebuild${see}`,
    malformed: `rebuild the wheel with a standard backend and upload it as built${see}`,
    compression: 'build with the default deflate compression (ZIP_DEFLATED); PyPI accepts only stored and deflated members',
    ratio: 'exclude the large, highly compressible files (test data, zero-filled or generated blobs) from the wheel, or ship them another way',
    encrypted: 'build the wheel without encryption; installers cannot read encrypted members',
};
/** Walks every record from the start of the file and compares it with the central directory. */
async function checkZipFraming(reader, cd) {
    const walk = startWalk(reader, cd);
    if (cd.prefix > 0) {
        walk.issues.add(ARCHIVE_RULES.Z005, NOT_ACCEPTED + 'Unknown record signature', FIX.prefix, {
            detail: `${cd.prefix} bytes of other data before the first local header`,
        });
    }
    let next = cd.prefix;
    while (next !== undefined) {
        const position = next;
        const signatureBytes = await reader.read(position, 4);
        if (signatureBytes.length < 4) {
            walk.malformed(`the file ends at offset ${position} before the end-of-central-directory record`);
            break;
        }
        switch (signatureBytes.readUInt32LE(0)) {
            case SIG_LOCAL:
                next = await stepLocal(walk, position);
                break;
            case SIG_CENTRAL:
                next = await checkCentralRecord(walk, position);
                break;
            case SIG_END64:
                next = await readZip64End(walk, position);
                break;
            case SIG_END64_LOCATOR:
                walk.locatorSeen = true;
                next = position + END64_LOCATOR_SIZE;
                break;
            case SIG_END:
                if (walk.zip64End && !walk.locatorSeen) {
                    walk.malformed('a ZIP64 end record is not followed by its locator');
                }
                else {
                    const end = await checkEndRecord(walk, position);
                    if (end !== undefined)
                        checkAfterEnd(walk, end);
                }
                next = undefined;
                break;
            default:
                walk.issues.add(ARCHIVE_RULES.Z005, NOT_ACCEPTED + 'Unknown record signature', FIX.prefix, {
                    detail: `unrecognised bytes at offset ${position}`,
                });
                next = undefined;
        }
    }
    return { findings: walk.issues.findings(), locals: walk.locals };
}
function startWalk(reader, cd) {
    const issues = new IssueCollector();
    const byOriginalName = new Map();
    const byPosition = new Map();
    for (const entry of cd.entries) {
        byOriginalName.set(originalName(entry.nameBytes, entry.flags), entry);
        if (!byPosition.has(entry.localHeaderPosition))
            byPosition.set(entry.localHeaderPosition, entry);
    }
    return {
        reader,
        cd,
        issues,
        malformed: (detail, text = 'Malformed zip file') => issues.add(ARCHIVE_RULES.Z013, NOT_ACCEPTED + text, FIX.malformed, { detail }),
        locals: new Map(),
        localNames: new Set(),
        centralNames: new Set(),
        byOriginalName,
        byPosition,
        central: { count: 0, bytes: 0 },
        locatorSeen: false,
    };
}
// Each record's check returns where the next record starts, or undefined when the walk cannot go on.
/** A local header and its data: checked against the central directory, then stepped over. */
async function stepLocal(walk, position) {
    const { reader, malformed } = walk;
    const local = await readLocalHeader(reader, position);
    if (!local) {
        malformed(`the local header at offset ${position} is truncated`);
        return undefined;
    }
    walk.locals.set(position, summarise(local));
    const next = checkLocal(walk, local, walk.byPosition.get(position));
    if (next === undefined) {
        malformed(`the length of ${quoteName(local.nameBytes)} is known only to a data descriptor`);
        return undefined;
    }
    if (next > reader.size) {
        malformed(`the data of ${quoteName(local.nameBytes)} runs past the end of the file`);
        return undefined;
    }
    return skipDescriptor(reader, local, next);
}
/** A central directory record, as the walk meets it: comment, name, and a local header of that name. */
async function checkCentralRecord(walk, position) {
    const { reader, issues, central } = walk;
    const fixed = await reader.read(position, CENTRAL_HEADER_SIZE);
    if (fixed.length < CENTRAL_HEADER_SIZE) {
        walk.malformed(`the central directory record at offset ${position} is truncated`);
        return undefined;
    }
    const nameLength = fixed.readUInt16LE(28);
    const extraLength = fixed.readUInt16LE(30);
    const commentLength = fixed.readUInt16LE(32);
    const nameBytes = await reader.read(position + CENTRAL_HEADER_SIZE, nameLength);
    const key = nameBytes.toString('latin1');
    const about = () => ({ member: nameBytes.toString('utf8'), shown: quoteName(nameBytes) });
    const recordSize = CENTRAL_HEADER_SIZE + nameLength + extraLength + commentLength;
    central.start ??= position;
    central.count += 1;
    central.bytes += recordSize;
    if (commentLength > 0) {
        issues.add(ARCHIVE_RULES.Z004, NOT_ACCEPTED + 'Comment in central directory', FIX.trailing, about);
    }
    if (hasControlCharacter(nameBytes)) {
        issues.add(ARCHIVE_RULES.Z010, NOT_ACCEPTED + 'Invalid character in filename', FIX.control, about);
    }
    if (walk.centralNames.has(key)) {
        issues.add(ARCHIVE_RULES.Z003, NOT_ACCEPTED + 'Duplicate filename in central directory', FIX.duplicate, about);
    }
    else if (!walk.localNames.has(key)) {
        issues.add(ARCHIVE_RULES.Z006, NOT_ACCEPTED + 'Missing filename in local headers', FIX.mismatch, about);
    }
    walk.centralNames.add(key);
    return position + recordSize;
}
/** The ZIP64 end record: remembered for the end record, which it overrides once its locator follows. */
async function readZip64End(walk, position) {
    const record = await walk.reader.read(position, END64_SIZE);
    if (record.length < END64_SIZE) {
        walk.malformed('the ZIP64 end record is truncated');
        return undefined;
    }
    const recordSize = u64(record, 4);
    walk.zip64End = { entries: u64(record, 32), size: u64(record, 40), offset: u64(record, 48) };
    if (u64(record, 24) !== walk.zip64End.entries) {
        walk.malformed('the ZIP64 end record counts entries on two disks');
    }
    if (recordSize !== END64_SIZE - 12) {
        walk.issues.add(ARCHIVE_RULES.Z013, NOT_ACCEPTED + 'ZIP64 extensible data not allowed', FIX.malformed);
    }
    return position + 12 + recordSize;
}
/**
 * The end record against the central directory the walk found (its ZIP64 values when there are
 * some); returns where the record and its comment end, or undefined when it is truncated.
 */
async function checkEndRecord(walk, position) {
    const { issues, cd, central } = walk;
    const record = await walk.reader.read(position, END_SIZE);
    if (record.length < END_SIZE) {
        walk.malformed('the end-of-central-directory record is truncated');
        return undefined;
    }
    central.start ??= position;
    if (record.readUInt16LE(8) !== record.readUInt16LE(10)) {
        walk.malformed('the end record counts entries on two disks');
    }
    const classic = {
        entries: record.readUInt16LE(10),
        size: record.readUInt32LE(12),
        offset: record.readUInt32LE(16),
    };
    const declared = walk.zip64End && walk.locatorSeen ? walk.zip64End : classic;
    if (declared.entries !== central.count) {
        issues.add(ARCHIVE_RULES.Z013, NOT_ACCEPTED + 'Mismatched central directory records', FIX.malformed, {
            detail: `the end record counts ${declared.entries}, the central directory holds ${central.count}`,
        });
    }
    if (declared.offset + cd.prefix !== central.start) {
        issues.add(ARCHIVE_RULES.Z013, NOT_ACCEPTED + 'Mismatched central directory offset', FIX.malformed, {
            detail: `the end record says ${declared.offset}, the central directory starts at ${central.start - cd.prefix}`,
        });
    }
    if (declared.size !== central.bytes) {
        issues.add(ARCHIVE_RULES.Z013, NOT_ACCEPTED + 'Mismatched central directory size', FIX.malformed, {
            detail: `the end record says ${declared.size} bytes, the central directory has ${central.bytes}`,
        });
    }
    return position + END_SIZE + record.readUInt16LE(20);
}
/** What a complete walk can tell: bytes after the archive, and entries no local header answered. */
function checkAfterEnd(walk, end) {
    const { issues, reader, cd } = walk;
    if (end < reader.size) {
        issues.add(ARCHIVE_RULES.Z004, NOT_ACCEPTED + 'Trailing data', FIX.trailing, {
            detail: `${reader.size - end} bytes after the end-of-central-directory record`,
        });
    }
    else if (end > reader.size) {
        walk.malformed('the archive comment runs past the end of the file');
    }
    for (const entry of cd.entries) {
        if (!walk.locals.has(entry.localHeaderPosition)) {
            issues.add(ARCHIVE_RULES.Z006, NOT_ACCEPTED + 'Mis-matched local headers and central directory', FIX.mismatch, {
                member: entry.name,
                shown: `${quoteName(entry.nameBytes)} points at offset ${entry.localHeaderPosition - cd.prefix}, where no local header starts`,
            });
        }
    }
}
/** Checks one local header; returns where its data ends (undefined when that cannot be known). */
function checkLocal(walk, local, central) {
    const { issues, localNames } = walk;
    const about = () => ({ member: local.nameBytes.toString('utf8'), shown: quoteName(local.nameBytes) });
    if (hasControlCharacter(local.nameBytes)) {
        issues.add(ARCHIVE_RULES.Z010, NOT_ACCEPTED + 'Invalid character in filename', FIX.control, about);
    }
    const sizes = checkLocalExtras(local, issues, about, walk.malformed);
    const descriptor = (local.flags & FLAG_DATA_DESCRIPTOR) !== 0;
    if (descriptor)
        issues.add(ARCHIVE_RULES.Z008, NOT_ACCEPTED + 'ZIP contains a data descriptor', FIX.descriptor, about);
    if (!isUtf8(local.nameBytes)) {
        issues.add(ARCHIVE_RULES.Z009, NOT_ACCEPTED + 'Filename not unicode', FIX.utf8, about);
    }
    else {
        const named = walk.byOriginalName.get(local.nameBytes.toString('utf8'));
        if (!named) {
            if (central?.nameBytes.equals(local.nameBytes) && !(central.flags & FLAG_UTF8)) {
                // zipfile decodes such a name as cp437, so it no longer matches the UTF-8 local name.
                issues.add(ARCHIVE_RULES.Z009, NOT_ACCEPTED + 'Filename not in central directory', FIX.utf8, {
                    member: local.nameBytes.toString('utf8'),
                    shown: `${quoteName(local.nameBytes)} (non-ASCII, but the UTF-8 flag is not set, so Python reads it as ${quoteName(central.name)})`,
                });
            }
            else {
                issues.add(ARCHIVE_RULES.Z006, NOT_ACCEPTED + 'Filename not in central directory', FIX.mismatch, about);
            }
        }
        else if (!descriptor && sizes) {
            if (named.compressedSize !== sizes.compressed) {
                issues.add(ARCHIVE_RULES.Z006, NOT_ACCEPTED + 'Mis-matched data size', FIX.mismatch, about);
            }
            if (named.uncompressedSize !== sizes.uncompressed) {
                issues.add(ARCHIVE_RULES.Z006, NOT_ACCEPTED + 'Mis-matched file size', FIX.mismatch, about);
            }
        }
    }
    const key = local.nameBytes.toString('latin1');
    if (localNames.has(key)) {
        issues.add(ARCHIVE_RULES.Z003, NOT_ACCEPTED + 'Duplicate filename in local headers', FIX.duplicate, about);
    }
    localNames.add(key);
    if (central) {
        if (!central.nameBytes.equals(local.nameBytes)) {
            issues.add(ARCHIVE_RULES.Z006, NOT_ACCEPTED + 'Mis-matched local headers and central directory', FIX.mismatch, {
                member: central.name,
                shown: `the local header at offset ${local.position} names ${quoteName(local.nameBytes)}, the central directory ${quoteName(central.nameBytes)}`,
            });
        }
        // Compared before any text is built: this runs for every member of every wheel.
        const methodDiffers = central.method !== local.method;
        const flagsDiffer = ((central.flags ^ local.flags) & SIGNIFICANT_FLAGS) !== 0;
        if (methodDiffers || flagsDiffer) {
            const differences = [
                methodDiffers ? `method ${local.method} locally, ${central.method} centrally` : '',
                flagsDiffer ? `flags 0x${zip_framing_hex(local.flags)} locally, 0x${zip_framing_hex(central.flags)} centrally` : '',
            ].filter(Boolean);
            issues.add(ARCHIVE_RULES.Z007, 'A local header and the central directory disagree on how to read the member', FIX.mismatch, { member: central.name, shown: `${quoteName(local.nameBytes)} (${differences.join(', ')})` });
        }
    }
    // With a data descriptor the local sizes are zero; only the central directory knows the length.
    const length = descriptor ? central?.compressedSize : (sizes?.compressed ?? central?.compressedSize);
    return length === undefined ? undefined : local.dataPosition + length;
}
/** Checks the local extra fields as Warehouse does; returns the sizes it would use. */
function checkLocalExtras(local, issues, about, malformed) {
    const { fields, malformed: broken } = parseExtraFields(local.extra);
    if (broken)
        malformed(`the extra field of ${about().shown} is truncated`);
    let compressed = local.rawCompressedSize;
    let uncompressed = local.rawUncompressedSize;
    const seen = new Set();
    for (const field of fields) {
        if (seen.has(field.id) && (field.id === EXTRA_ZIP64 || field.id === EXTRA_UNICODE_PATH)) {
            issues.add(ARCHIVE_RULES.Z013, NOT_ACCEPTED + 'Invalid duplicate extra in local file', FIX.malformed, about);
            continue;
        }
        seen.add(field.id);
        if (field.id === EXTRA_ZIP64) {
            const size = field.data.length;
            if (![0, 8, 16, 24, 28].includes(size)) {
                malformed(`the ZIP64 field of ${about().shown} has ${size} bytes`);
                return undefined;
            }
            if (size === 0) {
                if (compressed === zip_framing_MAX_U32 || uncompressed === zip_framing_MAX_U32) {
                    malformed(`${about().shown} has ZIP64 placeholders but an empty ZIP64 field`);
                    return undefined;
                }
            }
            else if (size === 8) {
                // Only one size: that is right only when the data is stored, so both sizes are equal.
                if (local.method !== STORED) {
                    malformed(`the ZIP64 field of ${about().shown} lacks the compressed size`);
                    return undefined;
                }
                compressed = u64(field.data, 0);
                if (uncompressed === zip_framing_MAX_U32)
                    uncompressed = compressed;
            }
            else {
                if (uncompressed === zip_framing_MAX_U32)
                    uncompressed = u64(field.data, 0);
                compressed = u64(field.data, 8);
            }
        }
        else if (field.id === EXTRA_UNICODE_PATH) {
            const unicodeName = field.data.subarray(5);
            if (hasControlCharacter(unicodeName)) {
                issues.add(ARCHIVE_RULES.Z010, NOT_ACCEPTED + 'Invalid character in filename', FIX.control, about);
            }
            if (!isUtf8(unicodeName))
                issues.add(ARCHIVE_RULES.Z009, NOT_ACCEPTED + 'Filename not valid UTF-8', FIX.utf8, about);
        }
    }
    return { compressed, uncompressed };
}
/** Steps over a data descriptor (signature optional, sizes 8 bytes each with ZIP64) after the data. */
async function skipDescriptor(reader, local, dataEnd) {
    if (!(local.flags & FLAG_DATA_DESCRIPTOR))
        return dataEnd;
    const zip64 = parseExtraFields(local.extra).fields.some((f) => f.id === EXTRA_ZIP64);
    const head = await reader.read(dataEnd, 4);
    const signed = head.length === 4 && head.readUInt32LE(0) === SIG_DESCRIPTOR;
    return dataEnd + (signed ? 4 : 0) + 4 + (zip64 ? 16 : 8);
}
/** Checks of the central directory alone: compression methods, encryption and the bomb ratio. */
function checkZipMembers(cd, fileSize) {
    const issues = new IssueCollector();
    let total = 0;
    for (const entry of cd.entries) {
        total += entry.uncompressedSize;
        const about = () => ({ member: entry.name, shown: quoteName(entry.nameBytes) });
        if (entry.method !== STORED && entry.method !== DEFLATED) {
            issues.add(ARCHIVE_RULES.Z011, 'Invalid distribution file. File does not use a supported compression type', FIX.compression, {
                member: entry.name,
                shown: `${quoteName(entry.nameBytes)} (method ${entry.method}${METHOD_NAMES[entry.method] ? `, ${METHOD_NAMES[entry.method]}` : ''})`,
            });
        }
        if (entry.flags & FLAG_ENCRYPTED) {
            issues.add(ARCHIVE_RULES.Z015, 'Members are encrypted', FIX.encrypted, about);
        }
    }
    if (total > RATIO_MIN_SIZE && total / fileSize > RATIO_THRESHOLD) {
        issues.add(ARCHIVE_RULES.Z012, `Invalid distribution file. File exceeds compression ratio of ${RATIO_THRESHOLD}`, FIX.ratio, {
            detail: `${total} bytes uncompressed in a ${fileSize}-byte file, ${(total / fileSize).toFixed(1)} times`,
        });
    }
    return issues.findings();
}
const METHOD_NAMES = {
    1: 'shrunk',
    6: 'imploded',
    9: 'deflate64',
    12: 'bzip2',
    14: 'lzma',
    93: 'zstandard',
    95: 'xz',
    98: 'ppmd',
};
function hasControlCharacter(bytes) {
    // Indexed: a Buffer iterator allocates per call and is slow while the code is still cold.
    for (let i = 0; i < bytes.length; i++) {
        const byte = bytes[i];
        if (byte < 0x20 || byte === 0x7f)
            return true;
    }
    return false;
}
function zip_framing_hex(value) {
    return value.toString(16).padStart(4, '0');
}
/** Fix texts shared with the data checks. */
const ZIP_FIXES = FIX;

;// CONCATENATED MODULE: ./packages/core/src/distfiles/archive/zip-data.ts
/**
 * Member data on the main thread: where it starts (checked as zipfile.open() does), reading a small
 * member whole with CRC-32 and size verified, and the findings for data that is unusable. Hashing
 * every member for RECORD runs as digest jobs (digest-job.ts), on worker threads when it pays.
 */







const zip_data_STORED = 0;
const zip_data_DEFLATED = 8;
// Members up to this size are verified in one synchronous step; streaming setup would cost more.
const SMALL_MEMBER = 1024 * 1024;
const DAMAGED_FIX = 'rebuild the wheel and upload the file as built; it was damaged after the build (truncated copy, text-mode transfer, in-place edit)';
/** A member's data could not be read back; `finding` says why, for the report. */
class ArchiveMemberError extends Error {
    finding;
    constructor(finding) {
        super(finding.message);
        this.finding = finding;
        this.name = 'ArchiveMemberError';
    }
}
let supportedHashes;
// Answers by request: a wheel asks the same question (sha256) for each of its thousands of members.
const supportedByRequest = new Map();
/** The requested algorithms node's crypto supports (others are left out of `digests`). */
function supportedAlgorithms(algorithms) {
    const request = algorithms.join('\n');
    let supported = supportedByRequest.get(request);
    if (!supported) {
        supportedHashes ??= new Set((0,external_node_crypto_.getHashes)().map((h) => h.toLowerCase()));
        supported = [...new Set(algorithms)].filter((a) => supportedHashes.has(a.toLowerCase()));
        supportedByRequest.set(request, supported);
    }
    return supported;
}
/**
 * Where the member's data starts, checked as zipfile.open() does: a local header must start at
 * the central directory's offset and carry the same name.
 */
async function dataPosition(reader, entry, known) {
    const header = known ? undefined : await readLocalHeader(reader, entry.localHeaderPosition);
    const local = known ?? (header && summarise(header));
    if (!local)
        return damaged(entry, 'Bad magic number for file header');
    if (local.name !== originalName(entry.nameBytes, entry.flags)) {
        return damaged(entry, `File name in directory ${quoteName(entry.nameBytes)} and header ${quoteName(local.name)} differ.`);
    }
    return local.dataPosition;
}
/** Why the member cannot be decoded at all (encryption, method), if it cannot. */
function undecodable(entry) {
    if (entry.flags & FLAG_ENCRYPTED) {
        return (0,distfiles_findings/* finding */.g)(ARCHIVE_RULES.Z015, `File ${quoteName(entry.nameBytes)} is encrypted, password required for extraction.`, ZIP_FIXES.encrypted, [entry.name]);
    }
    if (entry.method !== zip_data_STORED && entry.method !== zip_data_DEFLATED) {
        return (0,distfiles_findings/* finding */.g)(ARCHIVE_RULES.Z011, `Invalid distribution file. File does not use a supported compression type: ${quoteName(entry.nameBytes)} uses method ${entry.method}.`, ZIP_FIXES.compression, [entry.name]);
    }
    return undefined;
}
/** Whether the member is streamed in blocks rather than read whole. */
function isStreamed(entry) {
    return entry.compressedSize > SMALL_MEMBER || entry.uncompressedSize > SMALL_MEMBER;
}
/** The finding for a member whose data a digest job found unusable. */
function problemFinding(entry, problem) {
    switch (problem.kind) {
        case 'truncated':
            return truncated(entry, problem.got);
        case 'size':
            return sizeMismatch(entry, problem.actual, problem.atLeast);
        case 'crc':
            return badCrc(entry);
        case 'inflate':
            return inflateFailure(entry, problem);
    }
}
/** The whole uncompressed content of a member, checked; throws ArchiveMemberError. */
async function decodeWhole(reader, entry, start) {
    const blocked = undecodable(entry);
    if (blocked)
        throw new ArchiveMemberError(blocked);
    const compressed = await readCompressed(reader, entry, start);
    let data;
    if (entry.method === zip_data_STORED) {
        data = compressed;
    }
    else {
        try {
            // Allow one byte more than declared, so that "longer than declared" is seen, not clipped.
            // One output chunk of the declared size (zlib's default is 16 KiB per call, mostly garbage).
            data = (0,external_node_zlib_.inflateRawSync)(compressed, {
                maxOutputLength: entry.uncompressedSize + 1,
                chunkSize: Math.min(Math.max(entry.uncompressedSize + 1, 64), SMALL_MEMBER),
            });
        }
        catch (caught) {
            throw new ArchiveMemberError(inflateFailure(entry, {
                message: caught instanceof Error ? caught.message : String(caught),
                rangeError: caught instanceof RangeError,
            }));
        }
    }
    if (data.length !== entry.uncompressedSize)
        throw new ArchiveMemberError(sizeMismatch(entry, data.length));
    if ((0,external_node_zlib_.crc32)(data) !== entry.crc32)
        throw new ArchiveMemberError(badCrc(entry));
    return data;
}
async function readCompressed(reader, entry, start) {
    // read() gives memory of its own: the result may be kept, and other reads may run meanwhile.
    const data = await reader.read(start, entry.compressedSize);
    if (data.length < entry.compressedSize)
        throw new ArchiveMemberError(truncated(entry, data.length));
    return data;
}
function damaged(entry, text) {
    return (0,distfiles_findings/* finding */.g)(ARCHIVE_RULES.Z014, text, DAMAGED_FIX, [entry.name]);
}
function badCrc(entry) {
    return damaged(entry, `Bad CRC-32 for file ${quoteName(entry.nameBytes)}.`);
}
function truncated(entry, got) {
    return damaged(entry, `${quoteName(entry.nameBytes)} is truncated: the file ends after ${got} of its ${entry.compressedSize} bytes of data.`);
}
function sizeMismatch(entry, actual, atLeast = false) {
    return damaged(entry, `${quoteName(entry.nameBytes)} holds ${atLeast ? 'more than ' : ''}${atLeast ? entry.uncompressedSize : actual} bytes, but the central directory says ${entry.uncompressedSize}.`);
}
// zlib's complaint, read the way zipfile would word it.
function inflateFailure(entry, { message, rangeError, produced }) {
    if (/incorrect data check/.test(message))
        return badCrc(entry);
    if (/incorrect length check/.test(message) && produced !== undefined)
        return sizeMismatch(entry, produced);
    if (rangeError || /buffer|larger than/i.test(message)) {
        return sizeMismatch(entry, entry.uncompressedSize, true);
    }
    if (/unexpected end of file/.test(message)) {
        return damaged(entry, `Error -3 while decompressing data: ${quoteName(entry.nameBytes)} ends before its deflate stream does.`);
    }
    return damaged(entry, `Error -3 while decompressing data: ${message} in ${quoteName(entry.nameBytes)}.`);
}

;// CONCATENATED MODULE: ./packages/core/src/distfiles/archive/zip.ts
/**
 * Reading wheels: the central directory as pip sees it, the framing findings PyPI would reject the
 * upload for, small members read whole, and every member streamed once for RECORD's hashes.
 * Memory stays bounded: only the central directory and a few read blocks are ever held.
 */










/** Default limit for `readMember`: far above any real METADATA, WHEEL or RECORD. */
const DEFAULT_MEMBER_LIMIT = 32 * 1024 * 1024;
// Small members are read and inflated in batches of about this much compressed data: few enough
// jobs to keep the overhead low, enough that a large wheel's members spread over every core.
const BATCH_BYTES = 2 * 1024 * 1024;
/** Opens a wheel; no `archive` when the file is not a ZIP pip could open at all. */
async function openZip(path) {
    const reader = await PositionedReader.open(path);
    try {
        let cd;
        try {
            const end = await findEndRecord(reader);
            if (!end) {
                const notZip = await notAZip(reader);
                await reader.close();
                return { findings: [notZip] };
            }
            cd = await readCentralDirectory(reader, end);
        }
        catch (error) {
            if (!(error instanceof ZipFormatError))
                throw error;
            await reader.close();
            return {
                findings: [
                    (0,distfiles_findings/* finding */.g)(ARCHIVE_RULES.Z013, `Invalid distribution file. Python's zipfile cannot open it: ${error.message}.`, ZIP_FIXES.malformed),
                ],
            };
        }
        const findings = [];
        if (await readsAsTar(reader)) {
            findings.push((0,distfiles_findings/* finding */.g)(ARCHIVE_RULES.Z002, 'Invalid distribution file. File is both a zip and a tar file: its first 512 bytes are also a valid tar header.', 'upload the wheel exactly as the backend wrote it; something put a tar header in front of the archive'));
        }
        const framing = await checkZipFraming(reader, cd);
        findings.push(...framing.findings, ...checkZipMembers(cd, reader.size));
        findings.push(...undecodableNames(cd, findings));
        const archive = new OpenZip(path, reader, cd, framing.locals, findings);
        return { archive, findings };
    }
    catch (error) {
        await reader.close().catch(() => undefined);
        throw error;
    }
}
class OpenZip {
    path;
    reader;
    locals;
    findings;
    size;
    members;
    entries = new Map();
    byName = new Map();
    // What readMember decoded (METADATA, WHEEL, RECORD…), so that hashing does not inflate it again.
    decoded = new Map();
    constructor(path, reader, cd, locals, findings) {
        this.path = path;
        this.reader = reader;
        this.locals = locals;
        this.findings = findings;
        this.size = reader.size;
        this.members = cd.entries.map((entry) => {
            const member = {
                name: entry.name,
                compressionMethod: entry.method,
                compressedSize: entry.compressedSize,
                uncompressedSize: entry.uncompressedSize,
                crc32: entry.crc32,
                isDirectory: entry.name.endsWith('/'),
            };
            this.entries.set(member, entry);
            this.byName.set(entry.name, entry);
            return member;
        });
    }
    async readMember(name, maxBytes = DEFAULT_MEMBER_LIMIT) {
        const entry = this.byName.get(name);
        if (!entry)
            return undefined;
        // Deflate never grows data by more than a few bytes per block, so a larger compressed size is
        // as telling as a larger uncompressed one.
        const largest = Math.max(entry.uncompressedSize, entry.compressedSize - 1024 - (entry.compressedSize >> 8));
        if (largest > maxBytes) {
            throw new ArchiveMemberError((0,distfiles_findings/* finding */.g)(ARCHIVE_RULES.Z016, `${quoteName(entry.nameBytes)} is ${largest} bytes; the checker reads at most ${maxBytes} bytes of it.`, 'check what the build put into this file; an oversized METADATA usually embeds a huge README as the long description', [entry.name]));
        }
        const start = await dataPosition(this.reader, entry, this.locals.get(entry.localHeaderPosition));
        if (typeof start !== 'number')
            throw new ArchiveMemberError(start);
        const data = await decodeWhole(this.reader, entry, start);
        this.decoded.set(entry, data);
        return data;
    }
    async digestMembers(algorithmsFor, runner = inlineRunner) {
        // File order, so each batch is one contiguous read.
        const order = this.members
            .filter((m) => !m.isDirectory)
            .map((member) => ({ member, entry: this.entries.get(member) }))
            .sort((a, b) => a.entry.localHeaderPosition - b.entry.localHeaderPosition);
        const found = new Map();
        const jobs = [];
        let batch;
        for (const [key, { member, entry }] of order.entries()) {
            const algorithms = supportedAlgorithms(algorithmsFor(member));
            const blocked = undecodable(entry);
            if (blocked) {
                found.set(member, { digests: {}, size: 0, error: blocked });
                continue;
            }
            const start = await dataPosition(this.reader, entry, this.locals.get(entry.localHeaderPosition));
            if (typeof start !== 'number') {
                found.set(member, { digests: {}, size: 0, error: start });
                continue;
            }
            const known = this.decoded.get(entry);
            if (known) {
                // readMember read and checked it already: hashing it here is cheaper than a job.
                const digests = Object.fromEntries(algorithms.map((a) => [a, (0,external_node_crypto_.hash)(a, known, 'buffer')]));
                found.set(member, { digests, size: known.length });
                continue;
            }
            const end = start + entry.compressedSize;
            const jobMember = {
                key,
                dataStart: start,
                compressedSize: entry.compressedSize,
                uncompressedSize: entry.uncompressedSize,
                method: entry.method,
                crc32: entry.crc32,
                algorithms,
            };
            if (isStreamed(entry)) {
                jobs.push({ path: this.path, start, end, stream: true, members: [jobMember] });
                continue;
            }
            if (!batch || start < batch.start || end - batch.start > BATCH_BYTES) {
                batch = { path: this.path, start, end, stream: false, members: [] };
                jobs.push(batch);
            }
            batch.members.push(jobMember);
            batch.end = Math.max(batch.end, end);
        }
        const outcomes = await Promise.all(jobs.map((job) => runner.run(job, job.stream ? undefined : this.reader.held(job.start, job.end))));
        for (const outcome of outcomes.flat()) {
            const { member, entry } = order[outcome.key];
            found.set(member, outcome.problem
                ? { digests: {}, size: outcome.size, error: problemFinding(entry, outcome.problem) }
                : {
                    digests: Object.fromEntries(Object.entries(outcome.digests).map(([a, d]) => [
                        a,
                        Buffer.from(d.buffer, d.byteOffset, d.byteLength),
                    ])),
                    size: outcome.size,
                });
        }
        // In archive order, as callers list them.
        return new Map(order.filter(({ member }) => found.has(member)).map(({ member }) => [member, found.get(member)]));
    }
    close() {
        return this.reader.close();
    }
}
/** Z001, saying what the file looks like instead when that is recognisable. */
async function notAZip(reader) {
    const head = await reader.read(0, 4);
    const looksLike = isGzip(head)
        ? ' (it is gzip-compressed: an sdist named .whl?)'
        : (await readsAsTar(reader))
            ? ' (it is a tar archive)'
            : reader.size === 0
                ? ' (it is empty)'
                : '';
    return (0,distfiles_findings/* finding */.g)(ARCHIVE_RULES.Z001, `Invalid distribution file. File is not a zipfile${looksLike}.`, 'upload the .whl file the build backend wrote (python -m build --wheel); the file was replaced or damaged');
}
/**
 * Central names flagged UTF-8 that are not (Python's zipfile fails to open such a wheel), unless
 * the walk already reported the member's name.
 */
function undecodableNames(cd, found) {
    const reported = new Set(found.filter((f) => f.code === ARCHIVE_RULES.Z009.code).flatMap((f) => f.members ?? []));
    const bad = cd.entries.filter((e) => e.flags & FLAG_UTF8 && !isUtf8(e.nameBytes) && !reported.has(e.name));
    if (bad.length === 0)
        return [];
    return [
        (0,distfiles_findings/* finding */.g)(ARCHIVE_RULES.Z009, `Invalid distribution file. ZIP archive not accepted: Filename not valid UTF-8: ${bad
            .slice(0, 5)
            .map((e) => quoteName(e.nameBytes))
            .join(', ')}${bad.length > 5 ? ` and ${bad.length - 5} more` : ''} (flagged UTF-8 but not).`, ZIP_FIXES.utf8, bad.map((e) => e.name)),
    ];
}


// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __webpack_require__(78474);
;// CONCATENATED MODULE: ./packages/core/src/distfiles/archive/gzip-stream.ts
/**
 * Decompressing a .tar.gz member by member (RFC 1952), the way Python's gzip reads it for tarfile:
 * concatenated members are one stream, and bytes after the last member that are not another
 * member are never looked at. Node's gunzip instead fails on such bytes and drops the output it
 * had not delivered yet, so each member's deflate data goes through a raw inflater, which stops at
 * the end of the deflate stream and says how much input it used.
 */


const FLAG_HCRC = 0x02;
const FLAG_EXTRA = 0x04;
const FLAG_NAME = 0x08;
const FLAG_COMMENT = 0x10;
/**
 * Decompresses every gzip member of the file in order into `push`; when `push` returns a promise
 * the next output waits for it. Stops early when `push` returns 'stop'.
 */
async function gunzipFile(reader, push) {
    let position = 0;
    let stopped = false;
    const outcome = {};
    for (let member = 0; position < reader.size && !stopped; member++) {
        const dataStart = await memberDataStart(reader, position);
        if (dataStart === undefined) {
            if (member === 0)
                return { notGzip: true };
            break; // not another member: bytes Python never reads
        }
        const inflate = (0,external_node_zlib_.createInflateRaw)({ chunkSize: 64 * 1024 });
        let crc = 0;
        let size = 0;
        let failure;
        inflate.on('error', (error) => (failure = error));
        inflate.on('data', (chunk) => {
            if (stopped)
                return;
            crc = (0,external_node_zlib_.crc32)(chunk, crc);
            size += chunk.length;
            const waited = push(chunk);
            if (waited === 'stop') {
                stopped = true;
                inflate.destroy();
            }
            else if (waited) {
                inflate.pause();
                void waited.then(() => inflate.resume());
            }
        });
        const ended = new Promise((resolve) => {
            inflate.on('end', resolve);
            inflate.on('close', resolve);
        });
        let written = 0;
        for await (const slice of reader.slices(dataStart, reader.size)) {
            if (stopped || failure)
                break;
            await new Promise((resolve) => inflate.write(slice, () => resolve()));
            written += slice.length;
            // The raw inflater ignores input after the end of the deflate stream: that is the end.
            if (inflate.bytesWritten < written)
                break;
            if (inflate.writableNeedDrain)
                await Promise.race([(0,external_node_events_.once)(inflate, 'drain'), ended]);
        }
        if (!inflate.destroyed)
            inflate.end();
        await ended;
        if (stopped)
            break;
        if (failure) {
            outcome.damage = /unexpected end of file/.test(failure.message)
                ? 'Compressed file ended before the end-of-stream marker was reached'
                : `Error -3 while decompressing data: ${failure.message}`;
            break;
        }
        const memberEnd = dataStart + inflate.bytesWritten;
        const trailer = await reader.read(memberEnd, 8);
        if (trailer.length < 8) {
            outcome.damage = 'Compressed file ended before the end-of-stream marker was reached';
            break;
        }
        if (trailer.readUInt32LE(0) !== crc >>> 0) {
            outcome.checksum ??= `CRC check failed 0x${gzip_stream_hex(trailer.readUInt32LE(0))} != 0x${gzip_stream_hex(crc >>> 0)}`;
        }
        else if (trailer.readUInt32LE(4) !== size % 2 ** 32) {
            outcome.checksum ??= 'Incorrect length of data produced';
        }
        position = memberEnd + 8;
    }
    return outcome;
}
/** Where the deflate data of the member at `position` starts; undefined when no member starts there. */
async function memberDataStart(reader, position) {
    const head = await reader.read(position, 10);
    if (head.length < 10 || head[0] !== 0x1f || head[1] !== 0x8b || head[2] !== 8)
        return undefined;
    const flags = head[3];
    let at = position + 10;
    if (flags & FLAG_EXTRA) {
        const length = await reader.read(at, 2);
        if (length.length < 2)
            return undefined;
        at += 2 + length.readUInt16LE(0);
    }
    for (const flag of [FLAG_NAME, FLAG_COMMENT]) {
        if (!(flags & flag))
            continue;
        // A zero-terminated string; search in windows so a long one still ends somewhere.
        for (;;) {
            const window = await reader.read(at, 4096);
            if (window.length === 0)
                return undefined;
            const nul = window.indexOf(0);
            if (nul >= 0) {
                at += nul + 1;
                break;
            }
            at += window.length;
        }
    }
    if (flags & FLAG_HCRC)
        at += 2;
    return at <= reader.size ? at : undefined;
}
function gzip_stream_hex(value) {
    return value.toString(16).padStart(8, '0');
}

;// CONCATENATED MODULE: ./packages/core/src/distfiles/archive/tar-safety.ts
/**
 * The sdist spec requires unpacking with Python's `data` extraction filter (or equivalent), so a
 * member that filter refuses makes the sdist fail to unpack for pip and build (Python 3.14 uses it
 * by default). The filter's checks, done on names alone: paths are resolved through the links the
 * archive itself created earlier, as they would be on disk while extracting.
 */


// Deep enough for any real tree, low enough to stop link cycles.
const MAX_LINK_DEPTH = 40;
const OUTSIDE = Symbol('outside');
const tar_safety_FIX = {
    path: 'exclude the file from the sdist or fix the include pattern that reaches outside the project (MANIFEST.in, [tool.hatch.build.targets.sdist], [tool.setuptools])',
    link: 'replace the link with a copy of the file it points to, or exclude it from the sdist',
    special: 'exclude the device, FIFO or socket file from the sdist',
    setuid: 'clear the bit in the project (`chmod u-s,g-s <file>`, then commit the mode change) or exclude the file; unpackers clear it anyway',
};
/** Applies the `data` filter's checks member by member, in archive order. */
class DataFilterCheck {
    issues;
    symlinks = new Map();
    constructor(issues) {
        this.issues = issues;
    }
    /** Checks one member, then remembers it if it is a symlink later members may pass through. */
    check(member) {
        const about = { member: member.name };
        const name = member.name.replace(/^\/+/, '');
        if (name !== member.name) {
            this.issues.add(ARCHIVE_RULES.Z025, 'Members have absolute paths', tar_safety_FIX.path, {
                ...about,
                shown: `member ${quoteName(member.name)} has an absolute path`,
            });
        }
        const target = this.resolve(name.split('/'), 0);
        if (target === OUTSIDE) {
            this.issues.add(ARCHIVE_RULES.Z025, 'Members would be extracted outside the destination', tar_safety_FIX.path, {
                ...about,
                shown: `${quoteName(member.name)} would be extracted outside the destination`,
            });
        }
        if (member.type === 'symlink' || member.type === 'hardlink')
            this.checkLink(member, name);
        if (member.type === 'other') {
            this.issues.add(ARCHIVE_RULES.Z027, 'Members are special files', tar_safety_FIX.special, {
                ...about,
                shown: `${quoteName(member.name)} is a special file`,
            });
        }
        if ((member.type === 'file' || member.type === 'directory') && member.mode & 0o6000) {
            const bits = [member.mode & 0o4000 ? 'setuid' : '', member.mode & 0o2000 ? 'setgid' : ''].filter(Boolean);
            this.issues.add(ARCHIVE_RULES.Z028, 'Members have the setuid or setgid bit set', tar_safety_FIX.setuid, {
                ...about,
                shown: `${quoteName(member.name)} (${bits.join(' and ')}, mode ${member.mode.toString(8).padStart(4, '0')})`,
            });
        }
        if (member.type === 'symlink' && member.linkpath !== undefined) {
            // On disk the link lands where its parent directory really is, links included.
            const parts = name.split('/').filter((p) => p !== '' && p !== '.');
            const parent = this.resolve(parts.slice(0, -1), 0);
            if (parent !== OUTSIDE && parts.length > 0)
                this.symlinks.set([...parent, parts.at(-1)].join('/'), member.linkpath);
        }
    }
    checkLink(member, name) {
        const link = member.linkpath ?? '';
        const about = { member: member.name };
        if (link.startsWith('/')) {
            this.issues.add(ARCHIVE_RULES.Z026, 'Links point to absolute paths', tar_safety_FIX.link, {
                ...about,
                shown: `${quoteName(member.name)} is a link to an absolute path (${quoteName(link)})`,
            });
            return;
        }
        // A symlink is relative to its own directory, a hard link to the archive root.
        const base = member.type === 'symlink' ? name.split('/').slice(0, -1) : [];
        if (this.resolve([...base, ...link.split('/')], 0) === OUTSIDE) {
            this.issues.add(ARCHIVE_RULES.Z026, 'Links point outside the destination', tar_safety_FIX.link, {
                ...about,
                shown: `${quoteName(member.name)} would link to ${quoteName(link)}, which is outside the destination`,
            });
        }
    }
    /** Resolves path parts against the destination, following the archive's earlier symlinks. */
    resolve(parts, depth) {
        let out = [];
        for (const part of parts) {
            if (part === '' || part === '.')
                continue;
            if (part === '..') {
                if (out.length === 0)
                    return OUTSIDE;
                out.pop();
                continue;
            }
            out.push(part);
            const link = this.symlinks.get(out.join('/'));
            if (link === undefined)
                continue;
            if (link.startsWith('/'))
                return OUTSIDE;
            if (depth >= MAX_LINK_DEPTH)
                return out;
            const resolved = this.resolve([...out.slice(0, -1), ...link.split('/')], depth + 1);
            if (resolved === OUTSIDE)
                return OUTSIDE;
            out = resolved;
        }
        return out;
    }
}

;// CONCATENATED MODULE: ./packages/core/src/distfiles/archive/tar.ts
/**
 * Reading sdists (.tar.gz) in one streaming pass with node-tar's parser: the member list, the
 * bytes of the few members the checker needs, and what PyPI and the sdist spec refuse in the
 * container (not gzip or not tar, sparse members, no single top-level directory, no PKG-INFO,
 * members the `data` extraction filter rejects).
 */









/** Default bound on each kept member. */
const DEFAULT_KEEP_LIMIT = 32 * 1024 * 1024;
const tar_FIX = {
    notTar: 'upload the .tar.gz the build backend wrote (python -m build --sdist); do not rename or recompress other archives',
    damaged: 'rebuild the sdist and upload the file as built; it was damaged after the build',
    sparse: 'rebuild the sdist with a standard backend (they write pax archives without sparse members); sparse members come from GNU tar --sparse',
    root: 'build the sdist with a standard backend so every file sits under one `{name}-{version}/` directory',
    pkgInfo: 'build the sdist with a standard backend; it writes PKG-INFO (the core metadata) into the top-level directory',
    tooLarge: 'check what the build put into this file; an oversized PKG-INFO usually embeds a huge README as the long description',
};
const TYPES = {
    '0': 'file',
    '7': 'file',
    S: 'file',
    '5': 'directory',
    '2': 'symlink',
    '1': 'hardlink',
};
/**
 * One streaming pass: lists members, keeps the bytes of members for which keep(name) is true
 * (bounded by maxBytes each), and reports framing findings.
 */
async function readTarGz(path, keep, maxBytes = DEFAULT_KEEP_LIMIT) {
    const reader = await PositionedReader.open(path);
    try {
        return await readOpen(reader, keep, maxBytes);
    }
    finally {
        await reader.close();
    }
}
async function readOpen(reader, keep, maxBytes) {
    const members = [];
    const contents = new Map();
    const issues = new IssueCollector();
    const early = await sniff(reader);
    if (early)
        return { members, contents, findings: [early] };
    const filter = new DataFilterCheck(issues);
    // node-tar loads only when there is an sdist to read: a wheels-only run starts faster without it.
    const { Parser } = await __webpack_require__.e(/* import() */ 697).then(__webpack_require__.bind(__webpack_require__, 98697));
    const parser = new Parser({ strict: false, brotli: false, zstd: false });
    let sparseNext = false;
    let sawSparse = false;
    let fatal;
    // tarfile ends the archive at the first damaged header: what PyPI sees stops there.
    let visible;
    const onMember = (entry) => {
        const rawType = entry.header.typeKey;
        const type = TYPES[rawType] ?? 'other';
        const sparse = sparseNext || rawType === 'S';
        sparseNext = false;
        // tarfile drops the trailing '/' of directory names; commonpath and getmember see them so.
        const name = type === 'directory' ? entry.path.replace(/(.)\/+$/, '$1') : entry.path;
        const member = { name, type, rawType, size: entry.size, mode: entry.mode ?? 0 };
        if (entry.linkpath !== undefined && (type === 'symlink' || type === 'hardlink'))
            member.linkpath = entry.linkpath;
        members.push(member);
        if (sparse) {
            sawSparse = true;
            issues.add(ARCHIVE_RULES.Z021, 'Invalid distribution file. tar archive not accepted: Sparse members are not allowed.', tar_FIX.sparse, { member: name });
        }
        filter.check(member);
        if (type === 'file' && !sparse && keep(name)) {
            if (entry.size > maxBytes) {
                issues.add(ARCHIVE_RULES.Z016, 'Members are larger than the checker reads', tar_FIX.tooLarge, {
                    member: name,
                    shown: `${quoteName(name)} is ${entry.size} bytes, the limit is ${maxBytes}`,
                });
            }
            else {
                const chunks = [];
                entry.on('data', (chunk) => chunks.push(chunk));
                entry.on('end', () => contents.set(name, Buffer.concat(chunks)));
                return;
            }
        }
        entry.resume();
    };
    parser.on('entry', onMember);
    parser.on('ignoredEntry', (entry) => {
        // Pax and GNU long-name headers that were too large to use are ignored meta entries, not members.
        if (!entry.meta)
            onMember(entry);
    });
    // Pax records arrive as text before the member they describe; tarfile calls a member with
    // GNU.sparse.* records sparse (GNU tar's pax sparse formats 0.0, 0.1 and 1.0).
    parser.on('meta', (text) => {
        if (/(^|\n)\d+ GNU\.sparse\./.test(text))
            sparseNext = true;
    });
    parser.on('warn', (code, message) => {
        if (code === 'TAR_ENTRY_INVALID') {
            // A sparse member's map can continue in extra header blocks node-tar does not know.
            if (!sawSparse) {
                visible ??= members.length;
                issues.add(ARCHIVE_RULES.Z029, 'Damaged tar headers', tar_FIX.damaged, {
                    detail: `${String(message)} after ${visible === 0 ? 'the start' : quoteName(members[visible - 1].name)}`,
                });
            }
        }
        else if (code === 'TAR_BAD_ARCHIVE' || code === 'TAR_ABORT') {
            fatal ??= notTar(String(message));
        }
    });
    // tarfile stops at the end-of-archive blocks; damage to the gzip stream after them goes unseen.
    let sawEnd = false;
    parser.on('eof', () => (sawEnd = true));
    const finished = (0,external_node_events_.once)(parser, 'end');
    const fed = await feed(reader, parser, () => sawEnd);
    if (fed.notTar)
        return { members, contents, findings: [fed.notTar] };
    await finished;
    fatal = fed.damage ?? fatal;
    if (fed.checksum)
        issues.add(ARCHIVE_RULES.Z029, fed.checksum.message, tar_FIX.damaged);
    const seen = members.slice(0, visible);
    const common = commonPath(seen.map((m) => m.name));
    const root = common === undefined || common === '' || common === '.' || common === '/' ? undefined : common;
    if (fatal)
        return { members, contents, findings: [fatal, ...issues.findings()], ...(root ? { root } : {}) };
    const findings = [...issues.findings()];
    const sparseIndex = findings.findIndex((f) => f.code === 'Z021');
    // Warehouse reports sparse members before the layout; keep its order for the first two rules.
    if (sparseIndex > 0)
        findings.unshift(...findings.splice(sparseIndex, 1));
    findings.push(...layoutFindings(seen, root));
    return { members, contents, findings, ...(root ? { root } : {}) };
}
/** Checks what can be told before decompressing: gzip magic, and the zip-and-tar polyglot. */
async function sniff(reader) {
    const head = await reader.read(0, 512);
    if (!isGzip(head)) {
        return notTar(isTarHeader(head)
            ? 'it is an uncompressed tar; PyPI opens sdists as gzip-compressed tar (r:gz)'
            : reader.size === 0
                ? 'it is empty'
                : 'it is not gzip-compressed');
    }
    if (await readsAsZip(reader)) {
        return (0,distfiles_findings/* finding */.g)(ARCHIVE_RULES.Z002, 'Invalid distribution file. File is both a zip and a tar file: a ZIP end-of-central-directory record is in its last 64 KiB.', 'upload the sdist exactly as the backend wrote it; something appended ZIP data to it');
    }
    return undefined;
}
/**
 * Decompresses the file into the parser and ends it. `notTar` when the stream holds no tar (its
 * first block is not a header tarfile accepts; the parser is then left alone), `damage` when the
 * gzip stream breaks before the tar's end, `checksum` when a gzip CRC-32 or length is wrong.
 */
async function feed(reader, parser, tarEnded) {
    // The first block decides whether tarfile calls it a tar at all; hold data back until it is in.
    let head = Buffer.alloc(0);
    let notTarYet;
    const outcome = await gunzipFile(reader, (chunk) => {
        let data = chunk;
        if (head) {
            head = Buffer.concat([head, chunk]);
            if (head.length < 512)
                return;
            if (isGzip(head) || !isTarHeader(head)) {
                notTarYet = notTar('the gzip stream does not hold a tar archive');
                return 'stop';
            }
            data = head;
            head = undefined;
        }
        if (!parser.write(data))
            return (0,external_node_events_.once)(parser, 'drain').then(() => undefined);
        return undefined;
    });
    if (notTarYet)
        return { notTar: notTarYet };
    if (outcome.notGzip)
        return { notTar: notTar('it is not gzip-compressed') };
    if (head) {
        if (outcome.damage)
            return { notTar: notTar(`the gzip stream is damaged: ${outcome.damage}`) };
        return { notTar: notTar(head.length === 0 ? 'the gzip stream is empty' : 'it is too short') };
    }
    parser.end();
    const result = {};
    // Damage after the tar's end blocks is never read by tarfile, so PyPI accepts it.
    if (outcome.damage && !tarEnded())
        result.damage = notTar(`the gzip stream is damaged: ${outcome.damage}`);
    if (outcome.checksum) {
        result.checksum = (0,distfiles_findings/* finding */.g)(ARCHIVE_RULES.Z029, `The gzip stream is damaged: ${outcome.checksum}.`, tar_FIX.damaged);
    }
    return result;
}
function notTar(detail) {
    return (0,distfiles_findings/* finding */.g)(ARCHIVE_RULES.Z020, `Invalid distribution file. File is not a tarfile (${detail}).`, tar_FIX.notTar);
}
/** Warehouse's top-level directory and PKG-INFO checks. */
function layoutFindings(members, root) {
    if (root === undefined) {
        const tops = [
            ...new Set(members.map((m) => m.name.split('/').find((p) => p !== '' && p !== '.') ?? m.name)),
        ];
        return [
            (0,distfiles_findings/* finding */.g)(ARCHIVE_RULES.Z022, `Invalid distribution file. Incorrect number of top-level directories in sdist: ${tops.length === 0 ? 'the archive is empty' : `found ${listNames(tops)}`}.`, tar_FIX.root, tops),
        ];
    }
    const target = `${root}/PKG-INFO`;
    const pkgInfo = members.filter((m) => m.name === target).at(-1);
    if (!pkgInfo) {
        return [
            (0,distfiles_findings/* finding */.g)(ARCHIVE_RULES.Z023, `Invalid distribution file. PKG-INFO not found at ${target}.`, tar_FIX.pkgInfo, [target]),
        ];
    }
    if (pkgInfo.type !== 'file') {
        return [
            (0,distfiles_findings/* finding */.g)(ARCHIVE_RULES.Z024, `${quoteName(target)} is a ${pkgInfo.type === 'other' ? 'special file' : pkgInfo.type}, not a regular file.`, tar_FIX.pkgInfo, [target]),
        ];
    }
    return [];
}
/**
 * Python's os.path.commonpath of the names: '' and '.' parts are ignored; mixing absolute and
 * relative names has no common path (undefined).
 */
function commonPath(names) {
    if (names.length === 0)
        return undefined;
    const absolute = names[0].startsWith('/');
    if (names.some((n) => n.startsWith('/') !== absolute))
        return undefined;
    let common;
    for (const name of names) {
        const parts = name.split('/').filter((p) => p !== '' && p !== '.');
        if (!common) {
            common = parts;
            continue;
        }
        let i = 0;
        while (i < common.length && i < parts.length && common[i] === parts[i])
            i++;
        common = common.slice(0, i);
    }
    return (absolute ? '/' : '') + common.join('/');
}

;// CONCATENATED MODULE: ./packages/core/src/distfiles/archive/index.ts
/** Streaming readers of distribution archives (wheels as ZIP, sdists as tar.gz) and the Z rules. */







/***/ }),

/***/ 32919:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   YQ: () => (/* binding */ distKindOf),
/* harmony export */   Zi: () => (/* binding */ checkFilenameBasics),
/* harmony export */   r5: () => (/* binding */ checkDistKind)
/* harmony export */ });
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(31027);
/* harmony import */ var _python_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(95079);
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(98583);
/**
 * What kind of distribution a file name says it is, and the checks PyPI runs on every uploaded file
 * name before looking inside (Warehouse's `_validate_filename`, and the length it can store).
 */



const PEP_527 = 'See https://www.python.org/dev/peps/pep-0527';
const WAREHOUSE_BAD_EXTENSION = `Invalid file extension: Use .tar.gz, .whl or .zip extension. ${PEP_527} and https://peps.python.org/pep-0715/ for more information`;
const BUILD_FIX = 'build the distributions with a PEP 517 frontend (`python -m build` or `uv build`), which writes a .whl wheel ' +
    'and a .tar.gz sdist, and publish only those files';
// Why a known legacy format is refused, so the message says more than "unknown".
const LEGACY_FORMATS = [
    [/\.egg$/i, 'eggs are no longer accepted by PyPI (PEP 715)'],
    [/\.(exe|msi)$/i, 'bdist_wininst/bdist_msi installers are no longer accepted by PyPI (PEP 527)'],
    [
        /\.(tar\.bz2|tar\.xz|tar\.z|tgz|tbz|tar)$/i,
        'PEP 527 allows only .tar.gz and .zip sdists, and PyPI now requires .tar.gz (PEP 625)',
    ],
    [/\.(rpm|deb|dmg)$/i, 'PyPI accepts only wheels and sdists'],
];
/** The kind twine infers from the extension (case-sensitive, as twine's check is), or undefined. */
function distKindOf(filename) {
    if (filename.endsWith('.whl'))
        return 'wheel';
    if (filename.endsWith('.tar.gz') || filename.endsWith('.zip'))
        return 'sdist';
    return undefined;
}
/** The kind, or the F003 finding twine and PyPI give for any other extension. */
function checkDistKind(filename) {
    const kind = distKindOf(filename);
    if (kind)
        return { kind, findings: [] };
    let why = LEGACY_FORMATS.find(([re]) => re.test(filename))?.[1];
    if (!why && /\.(whl|tar\.gz|zip)$/i.test(filename)) {
        why = 'the extension is matched case-sensitively: write it in lower case';
    }
    const message = `Unknown distribution format: ${(0,_python_text_js__WEBPACK_IMPORTED_MODULE_0__/* .pyRepr */ .n3)(filename)} (twine check stops at this file). ` +
        `PyPI: "${WAREHOUSE_BAD_EXTENSION}"${why ? ` — ${why}` : ''}.`;
    return { findings: [(0,_findings_js__WEBPACK_IMPORTED_MODULE_2__/* .finding */ .g)(_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .NAME_RULES */ .E.F003, message, BUILD_FIX)] };
}
// Warehouse writes the upload to a temporary file of the same name, and for a wheel also
// `<name>.metadata`; names are limited to 255 bytes on its file system.
const NAME_MAX = 255;
/** F001, F002 and F009: characters PyPI refuses in any file name, and the length it can store. */
function checkFilenameBasics(filename, kind) {
    const findings = [];
    if (/[\x00-\x1f\x7f]/.test(filename)) {
        findings.push((0,_findings_js__WEBPACK_IMPORTED_MODULE_2__/* .finding */ .g)(_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .NAME_RULES */ .E.F001, `${(0,_python_text_js__WEBPACK_IMPORTED_MODULE_0__/* .pyRepr */ .n3)(filename)}: ${_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .NAME_RULES */ .E.F001.title}`, 'remove control characters from the project name or version, then rebuild'));
    }
    if (/[/\\]/.test(filename)) {
        findings.push((0,_findings_js__WEBPACK_IMPORTED_MODULE_2__/* .finding */ .g)(_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .NAME_RULES */ .E.F002, `${(0,_python_text_js__WEBPACK_IMPORTED_MODULE_0__/* .pyRepr */ .n3)(filename)}: ${_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .NAME_RULES */ .E.F002.title}`, 'pass the bare file name of the distribution (no directory part) and rebuild if the name itself holds a slash'));
    }
    const bytes = (0,_python_text_js__WEBPACK_IMPORTED_MODULE_0__/* .utf8Length */ .wI)(filename);
    const fix = 'shorten the project name, the version (e.g. its local label) or the wheel tags so the file name fits; ' +
        'long names usually come from a long local version (+…)';
    if (kind === 'wheel' && (0,_python_text_js__WEBPACK_IMPORTED_MODULE_0__/* .utf8Length */ .wI)(`${filename}.metadata`) > NAME_MAX) {
        findings.push((0,_findings_js__WEBPACK_IMPORTED_MODULE_2__/* .finding */ .g)(_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .NAME_RULES */ .E.F009, `Filename is too long: '${filename}' (PyPI stores the wheel's METADATA as '<file name>.metadata', which must ` +
            `fit in ${NAME_MAX} bytes, so a wheel name may have at most ${NAME_MAX - '.metadata'.length} bytes; this one has ${bytes})`, fix));
    }
    else if (bytes > NAME_MAX) {
        findings.push((0,_findings_js__WEBPACK_IMPORTED_MODULE_2__/* .finding */ .g)(_rules_js__WEBPACK_IMPORTED_MODULE_1__/* .NAME_RULES */ .E.F009, `${(0,_python_text_js__WEBPACK_IMPORTED_MODULE_0__/* .pyRepr */ .n3)(filename)} is ${bytes} bytes long; PyPI writes each upload to a file of that name, ` +
            `which is limited to ${NAME_MAX} bytes, so the upload fails`, fix));
    }
    return findings;
}


/***/ }),

/***/ 72171:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Eu: () => (/* reexport */ rules/* NAME_RULES */.E),
  r5: () => (/* reexport */ file_kind/* checkDistKind */.r5),
  q: () => (/* reexport */ checkFilenameAgainstMetadata),
  HB: () => (/* reexport */ checkSdistFilename),
  N3: () => (/* reexport */ wheel_filename/* checkWheelFilename */.N3),
  YQ: () => (/* reexport */ file_kind/* distKindOf */.YQ),
  sF: () => (/* reexport */ parseSdistFilename),
  eP: () => (/* reexport */ wheel_filename/* parseWheelFilename */.eP)
});

// UNUSED EXPORTS: checkFilenameBasics, expandTags, expectedSdistFilename, isPyPIPlatformTag

// EXTERNAL MODULE: ./packages/core/src/names/index.ts
var names = __webpack_require__(40522);
// EXTERNAL MODULE: ./packages/core/src/pep440/index.ts + 5 modules
var pep440 = __webpack_require__(65095);
// EXTERNAL MODULE: ./packages/core/src/distfiles/findings.ts
var distfiles_findings = __webpack_require__(31027);
// EXTERNAL MODULE: ./packages/core/src/distfiles/python-text.ts
var python_text = __webpack_require__(95079);
// EXTERNAL MODULE: ./packages/core/src/distfiles/filenames/rules.ts
var rules = __webpack_require__(98583);
// EXTERNAL MODULE: ./packages/core/src/distfiles/filenames/file-kind.ts
var file_kind = __webpack_require__(32919);
;// CONCATENATED MODULE: ./packages/core/src/distfiles/filenames/sdist-filename.ts
/**
 * Source distribution file names: packaging's `parse_sdist_filename` and the PEP 625 form PyPI
 * enforces exactly (`{normalized_name}-{str(Version)}.tar.gz`).
 */






/** Parses as packaging.utils.parse_sdist_filename: the version follows the last `-`. */
function parseSdistFilename(filename) {
    let extension;
    if (filename.endsWith('.tar.gz'))
        extension = '.tar.gz';
    else if (filename.endsWith('.zip'))
        extension = '.zip';
    else {
        return {
            ok: false,
            error: `Invalid sdist filename (extension must be '.tar.gz' or '.zip'): ${(0,python_text/* pyRepr */.n3)(filename)}`,
        };
    }
    const stem = filename.slice(0, -extension.length);
    const dash = stem.lastIndexOf('-');
    if (dash === -1)
        return { ok: false, error: `Invalid sdist filename: ${(0,python_text/* pyRepr */.n3)(filename)}` };
    const name = stem.slice(0, dash);
    const version = stem.slice(dash + 1);
    if (name === '')
        return { ok: false, error: `Invalid sdist filename (empty project name): ${(0,python_text/* pyRepr */.n3)(filename)}` };
    if (!(0,pep440/* tryParseVersion */.z0)(version)) {
        return { ok: false, error: `Invalid sdist filename (invalid version): ${(0,python_text/* pyRepr */.n3)(filename)}` };
    }
    return { ok: true, name, version, extension };
}
/**
 * The PEP 625 file name this file name stands for, derived from its own name and version, or
 * undefined when that is ambiguous: in `foo-1.0-1.tar.gz` either `foo-1.0` is the name or `1.0-1`
 * (a post-release) is the version, and only the metadata can tell.
 */
function expectedSdistFilename(filename) {
    const parsed = parseSdistFilename(filename);
    if (!parsed.ok)
        return undefined;
    const dash = parsed.name.lastIndexOf('-');
    if (dash !== -1 && (0,pep440/* tryParseVersion */.z0)(`${parsed.name.slice(dash + 1)}-${parsed.version}`))
        return undefined;
    return `${(0,names/* distFilenamePrefix */.mk)(parsed.name)}-${(0,pep440/* formatVersion */.qh)((0,pep440/* tryParseVersion */.z0)(parsed.version))}.tar.gz`;
}
/** PyPI's PEP 625 message for a file that is not named `expected`. */
function pep625Message(filename, expected) {
    return `Filename ${(0,python_text/* pyRepr */.n3)(filename)} is invalid, should be ${(0,python_text/* pyRepr */.n3)(expected)}.`;
}
const PEP_625_FIX = 'build the sdist with a current build backend, which names it {normalized_name}-{version}.tar.gz (PEP 625); ' +
    'never rename a built file by hand';
/** Checks an sdist's file name on its own: PyPI's basics, packaging's parse and the PEP 625 form. */
function checkSdistFilename(filename) {
    const findings = (0,file_kind/* checkFilenameBasics */.Zi)(filename, 'sdist');
    const parsed = parseSdistFilename(filename);
    if (!parsed.ok) {
        findings.push((0,distfiles_findings/* finding */.g)(rules/* NAME_RULES */.E.F010, `Invalid source distribution filename: ${filename} (${parsed.error})`, `name the file {name}-{version}.tar.gz — ${PEP_625_FIX}`));
        return { findings };
    }
    const expected = expectedSdistFilename(filename);
    if (parsed.extension === '.zip') {
        findings.push((0,distfiles_findings/* finding */.g)(rules/* NAME_RULES */.E.F011, `${expected ? pep625Message(filename, expected) : `Filename ${(0,python_text/* pyRepr */.n3)(filename)} is invalid.`} ` +
            'PyPI accepts only .tar.gz source distributions (PEP 625).', 'build the sdist as .tar.gz: `python -m build --sdist` and `uv build --sdist` do; drop `--formats=zip` ' +
            'or [sdist] formats = zip from setup.cfg'));
    }
    else if (expected !== filename) {
        findings.push((0,distfiles_findings/* finding */.g)(rules/* NAME_RULES */.E.F012, expected
            ? pep625Message(filename, expected)
            : `Filename ${(0,python_text/* pyRepr */.n3)(filename)} is invalid: a PEP 625 sdist name has exactly one '-', between the ` +
                `normalized name (with '_') and the normalized version`, PEP_625_FIX));
    }
    return { parsed: { name: parsed.name, version: parsed.version }, findings };
}

// EXTERNAL MODULE: ./packages/core/src/distfiles/filenames/wheel-filename.ts
var wheel_filename = __webpack_require__(89789);
;// CONCATENATED MODULE: ./packages/core/src/distfiles/filenames/against-metadata.ts
/**
 * File name against the file's own metadata, as PyPI checks at upload: the name must be the
 * project's, the version the metadata's. Only what the file name alone cannot show is reported here;
 * `checkWheelFilename` / `checkSdistFilename` report escaping and PEP 625 form, so calling both never
 * gives the same message twice.
 */







function startFilename(metadataName) {
    const prefix = (0,names/* distFilenamePrefix */.mk)(metadataName);
    return (0,distfiles_findings/* finding */.g)(rules/* NAME_RULES */.E.F013, `Start filename for ${(0,python_text/* pyRepr */.n3)(metadataName)} with ${(0,python_text/* pyRepr */.n3)(prefix)}.`, `the file was built for a different project than its metadata names: rebuild it from the project whose ` +
        `[project] name is ${JSON.stringify(metadataName)}, and never rename a built file by hand`);
}
// Warehouse splits sdist names at the last '-'; when the version is a post-release written with a
// hyphen (`1.0-1`) and the name does not match, it retries at the second-to-last '-', keeping that
// name even when the rest is not a version.
function sdistNameFromFilename(filename, metadataName, postRelease) {
    const parsed = parseSdistFilename(filename);
    if (!parsed.ok)
        return undefined;
    let name = parsed.name;
    if (postRelease &&
        (0,names/* canonicalizeName */.yt)(name) !== (0,names/* canonicalizeName */.yt)(metadataName) &&
        filename.split('-').length - 1 >= 2) {
        const beforeLast = filename.slice(0, filename.lastIndexOf('-'));
        name = beforeLast.slice(0, Math.max(0, beforeLast.lastIndexOf('-')));
    }
    return name;
}
/**
 * PyPI's file-name-vs-metadata checks: `Start filename for … with …`, `Version in filename should be
 * … not …` (wheels) and the exact PEP 625 name built from the metadata (sdists). File names that do
 * not parse give no finding here (the file-name checks report them); nor does an invalid metadata
 * version (the metadata checks report it).
 */
function checkFilenameAgainstMetadata(filename, kind, metadataName, metadataVersion) {
    const metaVersion = (0,pep440/* tryParseVersion */.z0)(metadataVersion);
    if (kind === 'wheel') {
        const parsed = (0,wheel_filename/* parseWheelFilename */.eP)(filename);
        if (!parsed.ok)
            return [];
        if ((0,names/* canonicalizeName */.yt)(parsed.wheel.name) !== (0,names/* canonicalizeName */.yt)(metadataName))
            return [startFilename(metadataName)];
        if (metaVersion && !(0,pep440/* versionsEqual */.At)(metaVersion, parsed.version)) {
            return [
                (0,distfiles_findings/* finding */.g)(rules/* NAME_RULES */.E.F014, `Version in filename should be ${(0,python_text/* pyRepr */.n3)((0,pep440/* formatVersion */.qh)(metaVersion))} not ${(0,python_text/* pyRepr */.n3)((0,pep440/* formatVersion */.qh)(parsed.version))}.`, 'rebuild the wheel: its file name and METADATA come from one build, so a mismatch means the file was ' +
                    'renamed or assembled from different builds'),
            ];
        }
        return [];
    }
    const nameFromFile = sdistNameFromFilename(filename, metadataName, metaVersion ? (0,pep440/* isPostrelease */.OY)(metaVersion) : false);
    if (nameFromFile === undefined)
        return [];
    if ((0,names/* canonicalizeName */.yt)(nameFromFile) !== (0,names/* canonicalizeName */.yt)(metadataName))
        return [startFilename(metadataName)];
    if (!metaVersion)
        return [];
    const expected = `${(0,names/* distFilenamePrefix */.mk)(metadataName)}-${(0,pep440/* formatVersion */.qh)(metaVersion)}.tar.gz`;
    // Equal to what the file name alone implies: checkSdistFilename has reported it already.
    if (filename === expected || expected === expectedSdistFilename(filename))
        return [];
    return [
        (0,distfiles_findings/* finding */.g)(rules/* NAME_RULES */.E.F012, pep625Message(filename, expected), 'rebuild the sdist from the project at this version; its file name must be the normalized name and ' +
            'version from PKG-INFO (PEP 625), so a mismatch means the file was renamed or built from other sources'),
    ];
}

// EXTERNAL MODULE: ./packages/core/src/distfiles/filenames/platform-tags.ts
var platform_tags = __webpack_require__(12379);
;// CONCATENATED MODULE: ./packages/core/src/distfiles/filenames/index.ts
/**
 * Distribution file names: what twine, packaging and PyPI require of a wheel's or an sdist's file
 * name, on its own and against the file's metadata (rules F001…F014).
 */








/***/ }),

/***/ 12379:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ isPyPIPlatformTag)
/* harmony export */ });
/**
 * The wheel platform tags PyPI accepts (Warehouse's `_valid_platform_tag` allow-list). Linux wheels
 * must use manylinux/musllinux tags: a plain `linux_x86_64` wheel only works where it was built.
 */
const STATIC_PLATFORMS = new Set([
    'any',
    'win32',
    'win_arm64',
    'win_amd64',
    'win_ia64',
    'manylinux1_x86_64',
    'manylinux1_i686',
    'manylinux2010_x86_64',
    'manylinux2010_i686',
    'manylinux2014_x86_64',
    'manylinux2014_i686',
    'manylinux2014_aarch64',
    'manylinux2014_armv7l',
    'manylinux2014_ppc64',
    'manylinux2014_ppc64le',
    'manylinux2014_s390x',
    'linux_armv6l',
    'linux_armv7l',
]);
const MACOSX_ARCHES = new Set([
    'ppc',
    'ppc64',
    'i386',
    'x86_64',
    'arm64',
    'intel',
    'fat',
    'fat3',
    'fat64',
    'universal',
    'universal2',
]);
// From macOS 11 only `macosx_<major>_0_<arch>` is accepted; 10.x keeps its minor versions.
const MACOSX_MAJORS = new Set(['11', '12', '13', '14', '15', '26']);
const IOS_ARCHES = new Set(['arm64', 'x86_64']);
const ANDROID_ARCHES = new Set(['armeabi_v7a', 'arm64_v8a', 'x86', 'x86_64']);
const JOINT_LINUX_ARCHES = ['x86_64', 'i686', 'aarch64', 'armv7l', 'ppc64le', 's390x', 'riscv64'];
const MANYLINUX_ARCHES = new Set([...JOINT_LINUX_ARCHES, 'ppc64']);
const MUSLLINUX_ARCHES = new Set(JOINT_LINUX_ARCHES);
// Warehouse uses Python's re.match: anchored at the start only, and `\d` is any Unicode digit.
const MACOSX = /^macosx_(?<major>\p{Nd}+)_(?<minor>\p{Nd}+)_(?<arch>.*)/u;
const LINUX = /^(?<libc>many|musl)linux_\p{Nd}+_\p{Nd}+_(?<arch>.*)/u;
const IOS = /^ios_\p{Nd}+_\p{Nd}+_(?<arch>.*)_(?:iphoneos|iphonesimulator)/u;
const ANDROID = /^android_\p{Nd}+_(?<arch>.*)/u;
const PYEMSCRIPTEN = /^pyemscripten_\p{Nd}+_\p{Nd}+_wasm32/u;
/** True when PyPI accepts a wheel with this (lower-cased) platform tag. */
function isPyPIPlatformTag(platform) {
    if (STATIC_PLATFORMS.has(platform))
        return true;
    const mac = MACOSX.exec(platform)?.groups;
    if (mac && mac.major === '10' && MACOSX_ARCHES.has(mac.arch))
        return true;
    if (mac && MACOSX_MAJORS.has(mac.major) && mac.minor === '0' && MACOSX_ARCHES.has(mac.arch))
        return true;
    const linux = LINUX.exec(platform)?.groups;
    if (linux)
        return (linux.libc === 'musl' ? MUSLLINUX_ARCHES : MANYLINUX_ARCHES).has(linux.arch);
    const ios = IOS.exec(platform)?.groups;
    if (ios && IOS_ARCHES.has(ios.arch))
        return true;
    const android = ANDROID.exec(platform)?.groups;
    if (android && ANDROID_ARCHES.has(android.arch))
        return true;
    return PYEMSCRIPTEN.test(platform);
}


/***/ }),

/***/ 98583:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ NAME_RULES)
/* harmony export */ });
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31027);
/**
 * The file-name rules (F…): what twine, packaging, PyPI (Warehouse) and the wheel/sdist specs
 * require of a distribution's file name, on its own and against the file's metadata.
 */

/** File-name rules, keyed by code. */
const NAME_RULES = (0,_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .defineRules */ .x)({
    F001: {
        severity: 'error',
        source: 'pypi',
        title: 'Cannot upload a file with non-printable characters (ordinals 0-31) or the DEL character (ordinal 127) in the name.',
    },
    F002: { severity: 'error', source: 'pypi', title: "Cannot upload a file with '/' or '\\' in the name." },
    F003: {
        severity: 'error',
        source: 'pypi',
        title: 'Invalid file extension: Use .tar.gz, .whl or .zip extension (twine: Unknown distribution format)',
    },
    F004: {
        severity: 'error',
        source: 'wheel-spec',
        title: 'The wheel file name must parse as {name}-{version}(-{build})?-{python}-{abi}-{platform}.whl',
    },
    F005: {
        severity: 'error',
        source: 'pypi',
        title: 'Filename should contain the normalized project name (lowercase, runs of -_. as _)',
    },
    F006: {
        severity: 'warning',
        source: 'wheel-spec',
        title: 'Version numbers should be normalised in wheel file names',
    },
    F007: { severity: 'error', source: 'pypi', title: 'Binary wheel has an unsupported platform tag' },
    F008: {
        severity: 'warning',
        source: 'wheel-spec',
        title: 'Compressed tag set components must be in sorted order per PEP 425',
    },
    F009: { severity: 'error', source: 'pypi', title: 'Filename is too long' },
    F010: { severity: 'error', source: 'pypi', title: 'Invalid source distribution filename' },
    F011: {
        severity: 'error',
        source: 'pypi',
        title: 'Source distributions must be .tar.gz files (PEP 625); PyPI rejects .zip sdists',
    },
    F012: {
        severity: 'error',
        source: 'pypi',
        title: 'The sdist file name must be {normalized_name}-{normalized_version}.tar.gz (PEP 625)',
    },
    F013: {
        severity: 'error',
        source: 'pypi',
        title: 'Start filename for the project with its normalized name',
    },
    F014: {
        severity: 'error',
        source: 'pypi',
        title: 'The version in the file name must equal the metadata Version',
    },
});


/***/ }),

/***/ 89789:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cu: () => (/* binding */ expandTags),
/* harmony export */   N3: () => (/* binding */ checkWheelFilename),
/* harmony export */   eP: () => (/* binding */ parseWheelFilename)
/* harmony export */ });
/* harmony import */ var _names_index_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(40522);
/* harmony import */ var _pep440_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(65095);
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(31027);
/* harmony import */ var _file_kind_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(32919);
/* harmony import */ var _platform_tags_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(12379);
/* harmony import */ var _python_text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(95079);
/* harmony import */ var _rules_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(98583);
/**
 * Wheel file names: packaging's `parse_wheel_filename` (same checks, same messages), the PEP 427
 * escaping PyPI enforces, and PyPI's platform tag allow-list.
 */







// packaging's `[\w._]+` in Unicode mode: Python's \w is letters, digits (any script) and `_`.
const WHEEL_NAME_PART = /^[\p{L}\p{N}_.]+$/u;
/** Python's `str.split(sep, maxsplit)`: at most `maxsplit` splits, the rest kept in the last part. */
function pySplit(text, sep, maxsplit) {
    const parts = [];
    let rest = text;
    while (parts.length < maxsplit) {
        const at = rest.indexOf(sep);
        if (at === -1)
            break;
        parts.push(rest.slice(0, at));
        rest = rest.slice(at + sep.length);
    }
    parts.push(rest);
    return parts;
}
function tagSetValid(tag) {
    const components = tag.split('-').map((c) => c.split('.'));
    if (components.length !== 3 || components.some((parts) => parts.includes('')))
        return false;
    return components[0].every(_python_text_js__WEBPACK_IMPORTED_MODULE_3__/* .isPyIdentifier */ .lC);
}
/** Parses a wheel file name exactly as packaging.utils.parse_wheel_filename does (without validate_order). */
function parseWheelFilename(filename) {
    if (!filename.endsWith('.whl')) {
        return { ok: false, error: `Invalid wheel filename (extension must be '.whl'): ${(0,_python_text_js__WEBPACK_IMPORTED_MODULE_3__/* .pyRepr */ .n3)(filename)}` };
    }
    const stem = filename.slice(0, -4);
    const dashes = stem.split('-').length - 1;
    if (dashes !== 4 && dashes !== 5) {
        return { ok: false, error: `Invalid wheel filename (wrong number of parts): ${(0,_python_text_js__WEBPACK_IMPORTED_MODULE_3__/* .pyRepr */ .n3)(stem)}` };
    }
    const parts = pySplit(stem, '-', dashes - 2);
    const namePart = parts[0];
    if (namePart.includes('__') || !WHEEL_NAME_PART.test(namePart)) {
        return { ok: false, error: `Invalid project name: ${(0,_python_text_js__WEBPACK_IMPORTED_MODULE_3__/* .pyRepr */ .n3)(stem)}` };
    }
    const version = (0,_pep440_index_js__WEBPACK_IMPORTED_MODULE_0__/* .tryParseVersion */ .z0)(parts[1]);
    if (!version)
        return { ok: false, error: `Invalid wheel filename (invalid version): ${(0,_python_text_js__WEBPACK_IMPORTED_MODULE_3__/* .pyRepr */ .n3)(stem)}` };
    let build;
    if (dashes === 5) {
        build = parts[2];
        if (!/^[0-9]/.test(build))
            return { ok: false, error: `Invalid build number: ${build} in ${(0,_python_text_js__WEBPACK_IMPORTED_MODULE_3__/* .pyRepr */ .n3)(stem)}` };
    }
    const tag = parts[parts.length - 1];
    if (!tagSetValid(tag)) {
        return { ok: false, error: `Invalid wheel filename (invalid tag component): ${(0,_python_text_js__WEBPACK_IMPORTED_MODULE_3__/* .pyRepr */ .n3)(stem)}` };
    }
    const [python, abi, platform] = tag.split('-').map((c) => c.split('.'));
    const wheel = {
        name: namePart,
        version: parts[1],
        tags: { python: python, abi: abi, platform: platform },
    };
    if (build !== undefined)
        wheel.build = build;
    return { ok: true, wheel, version };
}
/** Every tag of the compressed tag set, in file-name order (`py2.py3-none-any` → two tags). */
function expandTags(tags) {
    return tags.python.flatMap((py) => tags.abi.flatMap((abi) => tags.platform.map((plat) => `${py}-${abi}-${plat}`)));
}
const REBUILD_NOT_RENAME = 'rebuild with a current build backend (setuptools, hatchling, flit-core, pdm-backend and poetry-core all write ' +
    'normalised names); never rename a built file by hand';
/**
 * Checks a wheel's file name on its own: PyPI's character and length limits, packaging's parse,
 * the PEP 427 escaping of the name, a normalised version, sorted tag sets and the platform tags.
 */
function checkWheelFilename(filename) {
    const findings = (0,_file_kind_js__WEBPACK_IMPORTED_MODULE_1__/* .checkFilenameBasics */ .Zi)(filename, 'wheel');
    const result = parseWheelFilename(filename);
    if (!result.ok) {
        findings.push((0,_findings_js__WEBPACK_IMPORTED_MODULE_5__/* .finding */ .g)(_rules_js__WEBPACK_IMPORTED_MODULE_4__/* .NAME_RULES */ .E.F004, result.error, 'name the file {name}-{version}(-{build})?-{python tag}-{abi tag}-{platform tag}.whl — ' +
            REBUILD_NOT_RENAME));
        return { findings };
    }
    const { wheel, version } = result;
    const normalized = (0,_names_index_js__WEBPACK_IMPORTED_MODULE_6__/* .distFilenamePrefix */ .mk)(wheel.name);
    if (wheel.name !== normalized) {
        findings.push((0,_findings_js__WEBPACK_IMPORTED_MODULE_5__/* .finding */ .g)(_rules_js__WEBPACK_IMPORTED_MODULE_4__/* .NAME_RULES */ .E.F005, `Filename ${(0,_python_text_js__WEBPACK_IMPORTED_MODULE_3__/* .pyRepr */ .n3)(filename)} should contain the normalized project name ${(0,_python_text_js__WEBPACK_IMPORTED_MODULE_3__/* .pyRepr */ .n3)(normalized)}, not ${(0,_python_text_js__WEBPACK_IMPORTED_MODULE_3__/* .pyRepr */ .n3)(wheel.name)}. ` +
            'PyPI refuses such wheels today (it warned from 2025, pypi/warehouse#17378); wheels it accepted before ' +
            'stay on PyPI.', REBUILD_NOT_RENAME));
    }
    const canonical = (0,_pep440_index_js__WEBPACK_IMPORTED_MODULE_0__/* .formatVersion */ .qh)(version);
    if (wheel.version !== canonical) {
        findings.push((0,_findings_js__WEBPACK_IMPORTED_MODULE_5__/* .finding */ .g)(_rules_js__WEBPACK_IMPORTED_MODULE_4__/* .NAME_RULES */ .E.F006, `Version numbers should be normalised in wheel file names: ${(0,_python_text_js__WEBPACK_IMPORTED_MODULE_3__/* .pyRepr */ .n3)(wheel.version)} is written ${(0,_python_text_js__WEBPACK_IMPORTED_MODULE_3__/* .pyRepr */ .n3)(canonical)}`, `write the version as ${canonical} in pyproject.toml (or let the build backend normalise it) and rebuild`));
    }
    // Platform sets are left out: auditwheel writes `manylinux_2_17_x86_64.manylinux2014_x86_64` (new
    // tag first), which every installer accepts; warning on it would fail most Linux wheels in strict mode.
    for (const component of [wheel.tags.python, wheel.tags.abi]) {
        const sorted = [...component].sort();
        if (component.some((part, i) => part !== sorted[i])) {
            findings.push((0,_findings_js__WEBPACK_IMPORTED_MODULE_5__/* .finding */ .g)(_rules_js__WEBPACK_IMPORTED_MODULE_4__/* .NAME_RULES */ .E.F008, `Invalid wheel filename (compressed tag set components must be in sorted order per PEP 425): ` +
                `${(0,_python_text_js__WEBPACK_IMPORTED_MODULE_3__/* .pyRepr */ .n3)(filename.slice(0, -4))} (${(0,_python_text_js__WEBPACK_IMPORTED_MODULE_3__/* .pyRepr */ .n3)(component.join('.'))} should be ${(0,_python_text_js__WEBPACK_IMPORTED_MODULE_3__/* .pyRepr */ .n3)(sorted.join('.'))})`, `write the tag set as ${sorted.join('.')} (the build backend's tag setting, e.g. --python-tag or ` +
                `[tool.distutils.bdist_wheel]) and rebuild`));
        }
    }
    const seen = new Set();
    for (const platform of wheel.tags.platform.map((p) => p.toLowerCase())) {
        if (seen.has(platform) || (0,_platform_tags_js__WEBPACK_IMPORTED_MODULE_2__/* .isPyPIPlatformTag */ .s)(platform))
            continue;
        seen.add(platform);
        findings.push((0,_findings_js__WEBPACK_IMPORTED_MODULE_5__/* .finding */ .g)(_rules_js__WEBPACK_IMPORTED_MODULE_4__/* .NAME_RULES */ .E.F007, `Binary wheel '${filename}' has an unsupported platform tag '${platform}'.`, /^linux_/.test(platform)
            ? 'build Linux wheels in a manylinux/musllinux image (cibuildwheel does) or repair them with auditwheel, ' +
                'which retags linux_* wheels as manylinux_X_Y_*'
            : 'build the wheel for a platform PyPI accepts (any, win*, manylinux/musllinux, macOS, iOS, Android, ' +
                'pyemscripten), e.g. with cibuildwheel'));
    }
    return { parsed: wheel, findings };
}


/***/ }),

/***/ 31027:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ finding),
/* harmony export */   x: () => (/* binding */ defineRules)
/* harmony export */ });
/**
 * What the distribution checker reports: findings with stable codes. Every rule has a code, a
 * severity and the authority it comes from, so a user can tell "twine would say this" from "PyPI
 * rejects this at upload" from "check-wheel-contents style advice", and select or ignore by code.
 */
/** Declares a group of rules, keyed by code, checking that each key matches its code. */
function defineRules(rules) {
    const out = {};
    for (const [code, rule] of Object.entries(rules)) {
        if (!/^[A-Z]\d{3}$/.test(code))
            throw new Error(`rule code ${code} is not a letter and three digits`);
        out[code] = { code, ...rule };
    }
    return out;
}
/** A finding of `rule`. */
function finding(rule, message, fix, members) {
    return members && members.length > 0
        ? { code: rule.code, severity: rule.severity, message, fix, members }
        : { code: rule.code, severity: rule.severity, message, fix };
}


/***/ }),

/***/ 47330:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cc: () => (/* binding */ metadataVersionIndex),
/* harmony export */   NI: () => (/* binding */ PYPI_METADATA_VERSIONS),
/* harmony export */   NK: () => (/* binding */ FIELD_BY_KEY),
/* harmony export */   cJ: () => (/* binding */ FIELDS),
/* harmony export */   mi: () => (/* binding */ METADATA_VERSIONS),
/* harmony export */   v8: () => (/* binding */ FIELD_BY_HEADER)
/* harmony export */ });
/**
 * The core metadata fields as packaging knows them: header name, shape, the metadata version that
 * introduced each, and where a Python project sets it (so findings can say what to change).
 */
/** The Metadata-Version values packaging 26.3 accepts, oldest first (2.0 was never standardised). */
const METADATA_VERSIONS = ['1.0', '1.1', '1.2', '2.1', '2.2', '2.3', '2.4', '2.5', '2.6'];
/** The Metadata-Version values PyPI accepts at upload (Warehouse's SUPPORTED_METADATA_VERSIONS). */
const PYPI_METADATA_VERSIONS = new Set([
    '1.0',
    '1.1',
    '1.2',
    '2.1',
    '2.2',
    '2.3',
    '2.4',
    '2.5',
]);
const PROJECT = 'of pyproject.toml';
/** Every field packaging parses, in the specification's order. */
const FIELDS = [
    {
        header: 'Metadata-Version',
        key: 'metadata_version',
        shape: 'string',
        added: '1.0',
        setIn: 'the build backend, which writes Metadata-Version (upgrade it in [build-system] requires)',
    },
    { header: 'Name', key: 'name', shape: 'string', added: '1.0', setIn: `\`name\` in [project] ${PROJECT}` },
    {
        header: 'Version',
        key: 'version',
        shape: 'string',
        added: '1.0',
        setIn: `\`version\` in [project] ${PROJECT}, or the dynamic version source of the backend`,
    },
    {
        header: 'Dynamic',
        key: 'dynamic',
        shape: 'list',
        added: '2.2',
        setIn: `\`dynamic\` in [project] ${PROJECT} (the backend adds fields it computes when building the wheel)`,
    },
    {
        header: 'Platform',
        key: 'platforms',
        shape: 'list',
        added: '1.0',
        setIn: 'the `platforms` argument of setuptools ([project] has no key for it)',
    },
    {
        header: 'Supported-Platform',
        key: 'supported_platforms',
        shape: 'list',
        added: '1.1',
        setIn: 'the build backend ([project] has no key for Supported-Platform)',
    },
    {
        header: 'Summary',
        key: 'summary',
        shape: 'string',
        added: '1.0',
        setIn: `\`description\` in [project] ${PROJECT}`,
    },
    {
        header: 'Description',
        key: 'description',
        shape: 'string',
        added: '1.0',
        setIn: `\`readme\` in [project] ${PROJECT}`,
    },
    {
        header: 'Description-Content-Type',
        key: 'description_content_type',
        shape: 'string',
        added: '2.1',
        setIn: `\`readme\` in [project] ${PROJECT} (the file's extension, or \`content-type\` in the table form \`readme = {file = "…", content-type = "text/markdown"}\`)`,
    },
    {
        header: 'Keywords',
        key: 'keywords',
        shape: 'keywords',
        added: '1.0',
        setIn: `\`keywords\` in [project] ${PROJECT}`,
    },
    {
        header: 'Home-page',
        key: 'home_page',
        shape: 'string',
        added: '1.0',
        setIn: `the \`url\` argument of setuptools (prefer a "Homepage" entry in [project.urls] ${PROJECT})`,
    },
    {
        header: 'Download-URL',
        key: 'download_url',
        shape: 'string',
        added: '1.1',
        setIn: `the \`download_url\` argument of setuptools (prefer a "Download" entry in [project.urls] ${PROJECT})`,
    },
    {
        header: 'Author',
        key: 'author',
        shape: 'string',
        added: '1.0',
        setIn: `the \`name\` keys of \`authors\` in [project] ${PROJECT}`,
    },
    {
        header: 'Author-email',
        key: 'author_email',
        shape: 'string',
        added: '1.0',
        setIn: `the \`email\` keys of \`authors\` in [project] ${PROJECT}`,
    },
    {
        header: 'Maintainer',
        key: 'maintainer',
        shape: 'string',
        added: '1.2',
        setIn: `the \`name\` keys of \`maintainers\` in [project] ${PROJECT}`,
    },
    {
        header: 'Maintainer-email',
        key: 'maintainer_email',
        shape: 'string',
        added: '1.2',
        setIn: `the \`email\` keys of \`maintainers\` in [project] ${PROJECT}`,
    },
    {
        header: 'License',
        key: 'license',
        shape: 'string',
        added: '1.0',
        setIn: `\`license\` in [project] ${PROJECT} (the legacy table form \`{text = "…"}\` or \`{file = "…"}\`)`,
    },
    {
        header: 'License-Expression',
        key: 'license_expression',
        shape: 'string',
        added: '2.4',
        setIn: `\`license\` in [project] ${PROJECT} (an SPDX expression string such as "MIT" or "Apache-2.0 OR MIT")`,
    },
    {
        header: 'License-File',
        key: 'license_files',
        shape: 'list',
        added: '2.4',
        setIn: `\`license-files\` in [project] ${PROJECT}`,
    },
    {
        header: 'Classifier',
        key: 'classifiers',
        shape: 'list',
        added: '1.1',
        setIn: `\`classifiers\` in [project] ${PROJECT}`,
    },
    {
        header: 'Requires-Dist',
        key: 'requires_dist',
        shape: 'list',
        added: '1.2',
        setIn: `\`dependencies\` or [project.optional-dependencies] ${PROJECT}`,
    },
    {
        header: 'Requires-Python',
        key: 'requires_python',
        shape: 'string',
        added: '1.2',
        setIn: `\`requires-python\` in [project] ${PROJECT}`,
    },
    {
        header: 'Requires-External',
        key: 'requires_external',
        shape: 'list',
        added: '1.2',
        setIn: 'the build backend ([project] has no key for Requires-External)',
    },
    {
        header: 'Project-URL',
        key: 'project_urls',
        shape: 'urls',
        added: '1.2',
        setIn: `[project.urls] ${PROJECT}`,
    },
    {
        header: 'Provides-Extra',
        key: 'provides_extra',
        shape: 'list',
        added: '2.1',
        setIn: `the names of [project.optional-dependencies] ${PROJECT}`,
    },
    {
        header: 'Provides-Dist',
        key: 'provides_dist',
        shape: 'list',
        added: '1.2',
        setIn: 'the build backend ([project] has no key for Provides-Dist)',
    },
    {
        header: 'Obsoletes-Dist',
        key: 'obsoletes_dist',
        shape: 'list',
        added: '1.2',
        setIn: 'the build backend ([project] has no key for Obsoletes-Dist)',
    },
    {
        header: 'Import-Name',
        key: 'import_names',
        shape: 'list',
        added: '2.5',
        setIn: `\`import-names\` in [project] ${PROJECT}`,
    },
    {
        header: 'Import-Namespace',
        key: 'import_namespaces',
        shape: 'list',
        added: '2.5',
        setIn: `\`import-namespaces\` in [project] ${PROJECT}`,
    },
    {
        header: 'Requires',
        key: 'requires',
        shape: 'list',
        added: '1.1',
        setIn: 'the deprecated `requires` argument of setuptools (use `dependencies` in [project] instead)',
    },
    {
        header: 'Provides',
        key: 'provides',
        shape: 'list',
        added: '1.1',
        setIn: 'the deprecated `provides` argument of setuptools (remove it)',
    },
    {
        header: 'Obsoletes',
        key: 'obsoletes',
        shape: 'list',
        added: '1.1',
        setIn: 'the deprecated `obsoletes` argument of setuptools (remove it)',
    },
];
/** The fields by lower-case header name (`home-page`). */
const FIELD_BY_HEADER = new Map(FIELDS.map((f) => [f.header.toLowerCase(), f]));
/** The fields by RawMetadata key. */
const FIELD_BY_KEY = new Map(FIELDS.map((f) => [f.key, f]));
/** The position of `version` in METADATA_VERSIONS, or -1 when packaging does not know it. */
function metadataVersionIndex(version) {
    return version === undefined ? -1 : METADATA_VERSIONS.indexOf(version);
}


/***/ }),

/***/ 45413:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  m6: () => (/* reexport */ rules/* METADATA_RULES */.m),
  lS: () => (/* reexport */ metadataView),
  Ug: () => (/* reexport */ parseCoreMetadata),
  aR: () => (/* reexport */ validateMetadata)
});

// UNUSED EXPORTS: CLASSIFIER_CATEGORIES, FIELDS, METADATA_VERSIONS, PYPI_METADATA_VERSIONS, classifierProblem, isValidPypiUrl, licenseExpressionProblem, troveClassifiers

// EXTERNAL MODULE: ./packages/core/src/distfiles/metadata/trove-classifiers.generated.ts
var trove_classifiers_generated = __webpack_require__(62757);
;// CONCATENATED MODULE: ./packages/core/src/distfiles/metadata/classifiers.ts
/**
 * Trove classifiers as PyPI checks them: against the trove-classifiers list, which ships with us as a
 * snapshot of a pinned release (trove-classifiers.generated.ts) rather than coming from the runtime's
 * Python, whose copy may be years old. `Private :: …` classifiers are never on the list, by design:
 * PyPI rejects them, which is how projects make sure they are never uploaded by accident.
 */

let bundled;
/** The list we check against: the bundled snapshot of trove-classifiers (built on first use). */
function troveClassifiers() {
    bundled ??= {
        version: trove_classifiers_generated/* TROVE_CLASSIFIERS_VERSION */.fK,
        valid: new Set(trove_classifiers_generated/* VALID_CLASSIFIERS */.gt),
        deprecated: new Map(Object.entries(trove_classifiers_generated/* DEPRECATED_CLASSIFIERS */.F2)),
    };
    return bundled;
}
/** The top-level categories of trove-classifiers. */
const CLASSIFIER_CATEGORIES = [
    'Development Status',
    'Environment',
    'Framework',
    'Intended Audience',
    'License',
    'Natural Language',
    'Operating System',
    'Programming Language',
    'Topic',
    'Typing',
];
/** Why `classifier` cannot be on PyPI's list, judged by its form alone; undefined when it looks right. */
function classifierFormProblem(classifier) {
    if (classifier.trim() !== classifier)
        return 'it has leading or trailing whitespace';
    const parts = classifier.split(' :: ');
    if (parts.length < 2) {
        return "a classifier has at least two parts separated by ' :: ' (e.g. 'Programming Language :: Python :: 3')";
    }
    if (parts.some((p) => p === '' || p.trim() !== p || p.includes('::'))) {
        return "its parts must be separated by ' :: ' (a space, two colons, a space) and must not be empty";
    }
    if (!CLASSIFIER_CATEGORIES.includes(parts[0])) {
        return `${JSON.stringify(parts[0])} is not a top-level category (${CLASSIFIER_CATEGORIES.join(', ')})`;
    }
    return undefined;
}
function squash(text) {
    return text
        .toLowerCase()
        .replace(/\s*::\s*/g, '::')
        .replace(/\s+/g, ' ')
        .trim();
}
/** What PyPI would say about `classifier`, by the bundled list; undefined when it accepts it. */
function classifierProblem(classifier) {
    if (/^\s*private/i.test(classifier))
        return { kind: 'private' };
    const list = troveClassifiers();
    const replacements = list.deprecated.get(classifier);
    if (replacements)
        return { kind: 'deprecated', replacements };
    if (list.valid.has(classifier))
        return undefined;
    const why = classifierFormProblem(classifier);
    const wanted = squash(classifier);
    const suggestion = [...list.valid].find((c) => squash(c) === wanted);
    const problem = { kind: 'invalid' };
    if (why)
        problem.why = why;
    if (suggestion)
        problem.suggestion = suggestion;
    return problem;
}

// EXTERNAL MODULE: ./packages/core/src/distfiles/metadata/fields.ts
var metadata_fields = __webpack_require__(47330);
// EXTERNAL MODULE: ./packages/core/src/pep440/whitespace.ts
var whitespace = __webpack_require__(63468);
;// CONCATENATED MODULE: ./packages/core/src/distfiles/metadata/parse.ts
/**
 * Reading METADATA / PKG-INFO the way twine does: Python's email parser (compat32 policy) splits the
 * headers, then packaging's `parse_email` sorts them into known fields and "unparsed" leftovers.
 * The quirks are Python's and matter for what twine reports: a line that is not a header ends the
 * headers, folded values keep their line breaks, and a field that is not UTF-8 becomes unparsed.
 */


// Python's email.feedparser: a header line starts with a field name and a colon (printable ASCII
// except ':'), a continuation with a space or tab, or is a "From " envelope line.
const HEADER_LINE = /^(From |[\x21-\x39\x3b-\x7e]*:|[\t ])/;
const LINE = /[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$/g;
const UTF8 = new TextDecoder('utf-8', { fatal: true });
/** Bytes as a string of the same length (one char per byte), so line handling never splits UTF-8. */
function binary(data) {
    return data.toString('latin1');
}
/** The text of a run of bytes when it is UTF-8; otherwise the latin-1 mojibake packaging keeps. */
function decode(bytes) {
    if (!/[\x80-\xff]/.test(bytes))
        return { text: bytes, utf8: true };
    try {
        return { text: UTF8.decode(Buffer.from(bytes, 'latin1')), utf8: true };
    }
    catch {
        return { text: bytes, utf8: false };
    }
}
function splitHeaders(text) {
    const lines = text.match(LINE) ?? [];
    const headerLines = [];
    let i = 0;
    for (; i < lines.length; i++) {
        const line = lines[i];
        if (!HEADER_LINE.test(line)) {
            // A blank line separates headers from the body and is dropped; any other line starts the body.
            if (/^(?:\r\n|\r|\n)/.test(line))
                i++;
            break;
        }
        headerLines.push(line);
    }
    let body = lines.slice(i).join('');
    const fields = [];
    let current;
    let name = '';
    const flush = () => {
        if (!current)
            return;
        const first = current[0];
        const value = first.slice(first.indexOf(':') + 1).replace(/^[ \t]+/, '') + current.slice(1).join('');
        fields.push([name, value.replace(/[\r\n]+$/, '')]);
        current = undefined;
    };
    headerLines.forEach((line, index) => {
        if (line[0] === ' ' || line[0] === '\t') {
            current?.push(line); // a continuation before any header is dropped, as Python does
            return;
        }
        flush();
        if (line.startsWith('From ')) {
            // An envelope line: ignored, except as the last header line, where Python reads it as body.
            if (index > 0 && index === headerLines.length - 1)
                body = line + body;
            return;
        }
        const colon = line.indexOf(':');
        if (colon === 0)
            return; // "Missing header name": skipped
        name = line.slice(0, colon);
        current = [line];
    });
    flush();
    return { fields, body };
}
/** `Label, URL` pairs; undefined when a label repeats (packaging then leaves the field unparsed). */
function parseProjectUrls(values) {
    const urls = new Map();
    for (const pair of values) {
        const comma = pair.indexOf(',');
        const label = (0,whitespace/* pyStrip */.m)(comma < 0 ? pair : pair.slice(0, comma));
        const url = comma < 0 ? '' : (0,whitespace/* pyStrip */.m)(pair.slice(comma + 1));
        if (urls.has(label))
            return undefined;
        urls.set(label, url);
    }
    return urls;
}
/** Like packaging.metadata.parse_email: RFC-822 headers (+ body as description), UTF-8 required. */
function parseCoreMetadata(data) {
    const { fields, body } = splitHeaders(binary(data));
    const raw = {};
    const unparsed = new Map();
    const headerNames = new Map();
    const grouped = new Map();
    for (const [written, value] of fields) {
        const name = written.toLowerCase();
        if (!headerNames.has(name))
            headerNames.set(name, written);
        const group = grouped.get(name) ?? { values: [], utf8: true };
        const decoded = decode(value);
        group.values.push(decoded.text);
        group.utf8 &&= decoded.utf8;
        grouped.set(name, group);
    }
    for (const [name, { values, utf8 }] of grouped) {
        const spec = metadata_fields/* FIELD_BY_HEADER */.v8.get(name);
        if (!utf8 || !spec) {
            unparsed.set(name, values);
            continue;
        }
        const key = spec.key;
        if (spec.shape === 'string' && values.length === 1)
            raw[key] = values[0];
        else if (key === 'import_names' && values.length === 1 && values[0] === '')
            raw[key] = [];
        else if (spec.shape === 'list')
            raw[key] = values;
        else if (spec.shape === 'keywords' && values.length === 1)
            raw[key] = values[0].split(',').map(whitespace/* pyStrip */.m);
        else if (spec.shape === 'urls') {
            const urls = parseProjectUrls(values);
            if (urls)
                raw[key] = urls;
            else
                unparsed.set(name, values);
        }
        else
            unparsed.set(name, values);
    }
    if (body !== '') {
        const decoded = decode(body);
        if (!decoded.utf8) {
            const list = unparsed.get('description') ?? [];
            list.push(Buffer.from(body, 'latin1').toString('utf8'));
            unparsed.set('description', list);
        }
        else if (typeof raw.description === 'string') {
            // Both a Description header and a body: packaging cannot tell which is meant.
            unparsed.set('description', [...(unparsed.get('description') ?? []), raw.description, decoded.text]);
            delete raw.description;
        }
        else if (unparsed.has('description'))
            unparsed.get('description').push(decoded.text);
        else
            raw.description = decoded.text;
    }
    return { raw: raw, unparsed, headerNames };
}

// EXTERNAL MODULE: ./packages/core/src/distfiles/metadata/rules.ts
var rules = __webpack_require__(8696);
// EXTERNAL MODULE: ./packages/core/src/distfiles/metadata/spdx.ts + 4 modules
var spdx = __webpack_require__(40872);
;// CONCATENATED MODULE: ./packages/core/src/distfiles/metadata/url.ts
/**
 * The URL test PyPI applies to Home-page, Download-URL and Project-URL: Warehouse's
 * `is_valid_uri(url, require_authority=False)`, which normalises the URL with rfc3986 and then
 * requires an http(s) scheme and valid components. It is lenient (a host is not even required), so
 * what it rejects is mostly a missing or non-http scheme, a bad port, or `[` / `]` in the path.
 */
// RFC 3986 Appendix B as rfc3986 splits a reference (not anchored at the end; every part optional).
const SPLIT = /^(?:([a-zA-Z][a-zA-Z0-9+.-]*):)?(?:\/\/([^\\/?#]*))?([^?#]*)(?:\?([^#]*))?/;
const PCT = '%[0-9A-Fa-f]{2}';
const UNRESERVED = 'A-Za-z0-9._~\\-';
const SUB_DELIMS = "!$&'()*+,;=";
const USERINFO = `(?:[${UNRESERVED}${SUB_DELIMS}:]|${PCT})+`;
const REG_NAME = `(?:${PCT}|[${SUB_DELIMS}${UNRESERVED}])*`;
const IPV4 = '(?:[0-9]{1,3}\\.){3}[0-9]{1,3}';
const IP_LITERAL = '\\[[0-9A-Fa-f:.]+(?:%25[^\\]]+)?\\]|\\[v[0-9A-Fa-f]+\\.[^\\]]+\\]';
const AUTHORITY = new RegExp(`^(?:(${USERINFO})@)?(${REG_NAME}|${IPV4}|${IP_LITERAL}):?([0-9]{1,5})?$`);
/** True when PyPI accepts `url` in Home-page, Download-URL or a Project-URL. */
function isValidPypiUrl(url) {
    const [, scheme, authority, path = '', query = ''] = SPLIT.exec(url);
    if (!scheme || !['http', 'https'].includes(scheme.toLowerCase()))
        return false;
    if (authority) {
        // An authority rfc3986 cannot split is dropped by its normaliser, so only a parsed port can fail.
        const m = AUTHORITY.exec(authority);
        const host = m?.[2] ?? '';
        const ipv4Ok = !new RegExp(`^${IPV4}$`).test(host) || host.split('.').every((b) => Number(b) <= 255);
        if (m && ipv4Ok && m[3] !== undefined && Number(m[3]) > 65535)
            return false;
    }
    // Path and query are percent-encoded first; only the gen-delims `[` and `]` survive to fail.
    return !/[[\]]/.test(path) && !/[[\]]/.test(query);
}

// EXTERNAL MODULE: ./packages/core/src/distfiles/metadata/validate-core.ts + 1 modules
var validate_core = __webpack_require__(75647);
// EXTERNAL MODULE: ./packages/core/src/pep440/index.ts + 5 modules
var pep440 = __webpack_require__(65095);
// EXTERNAL MODULE: ./packages/core/src/distfiles/findings.ts
var findings = __webpack_require__(31027);
// EXTERNAL MODULE: ./packages/core/src/distfiles/python-text.ts
var python_text = __webpack_require__(95079);
;// CONCATENATED MODULE: ./packages/core/src/distfiles/metadata/email-address.ts
/**
 * PyPI's check of Author-email and Maintainer-email: Warehouse takes the address that Python's
 * `email.utils.parseaddr` finds and validates its syntax with email_validator (no DNS). This is a
 * close approximation with email_validator's messages; a value listing several addresses is not
 * checked, because strict `parseaddr` (Python 3.13, which PyPI runs) returns no address for it.
 */

const ATEXT = "a-zA-Z0-9_!#$%&'*+\\-/=?^`{|}~";
const DOT_ATOM = new RegExp(`^[${ATEXT}]+(?:\\.[${ATEXT}]+)*$`);
const DOT_ATOM_INTL = new RegExp(`^[${ATEXT}\\u0080-\\u{10FFFF}]+(?:\\.[${ATEXT}\\u0080-\\u{10FFFF}]+)*$`, 'u');
const ATEXT_INTL_CHAR = new RegExp(`^[.${ATEXT}\\u0080-\\u{10FFFF}]$`, 'u');
const HOSTNAME_CHAR = /^[a-zA-Z0-9\-.\u0080-\u{10FFFF}]$/u;
const HOSTNAME_LABEL = '(?:(?:[a-zA-Z0-9][a-zA-Z0-9-]*)?[a-zA-Z0-9])';
const DOT_ATOM_HOSTNAME = new RegExp(`^${HOSTNAME_LABEL}(?:\\.${HOSTNAME_LABEL})*$`);
const SPECIAL_USE_DOMAINS = ['arpa', 'invalid', 'local', 'localhost', 'onion', 'test'];
/** Splits on commas outside quotes, angle brackets and comments. */
function splitAddresses(value) {
    const parts = [];
    let current = '';
    let quoted = false;
    let angle = 0;
    let comment = 0;
    for (const ch of value) {
        if (ch === '"' && comment === 0)
            quoted = !quoted;
        else if (!quoted && ch === '<')
            angle++;
        else if (!quoted && ch === '>')
            angle = Math.max(0, angle - 1);
        else if (!quoted && ch === '(')
            comment++;
        else if (!quoted && ch === ')')
            comment = Math.max(0, comment - 1);
        if (ch === ',' && !quoted && angle === 0 && comment === 0) {
            parts.push(current);
            current = '';
        }
        else
            current += ch;
    }
    parts.push(current);
    return parts.filter((p) => p.trim() !== '');
}
/** The address strict `parseaddr` would return, or undefined when it returns none. */
function addressOf(value) {
    const parts = splitAddresses(value);
    if (parts.length !== 1)
        return undefined;
    const part = parts[0];
    const angle = /<([^>]*)>/.exec(part);
    let address = angle ? angle[1] : part.replace(/\([^)]*\)/g, ' ');
    address = address.trim().replace(/\s*([@.])\s*/g, '$1');
    if (address === '' || /\s/.test(address) || address.includes('['))
        return undefined;
    return address;
}
function displayChar(ch) {
    if (/[\p{L}\p{N}\p{P}\p{S}]/u.test(ch))
        return (0,python_text/* pyRepr */.n3)(ch);
    if (ch === ' ')
        return 'SPACE';
    return `U+${ch.codePointAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}
function tooMany(text, limit) {
    const diff = [...text].length - limit;
    return `(${diff} character${diff > 1 ? 's' : ''} too many)`;
}
function badChars(text, allowed) {
    const bad = new Set([...text].filter((c) => !allowed.test(c)).map(displayChar));
    return bad.size > 0 ? [...bad].sort().join(', ') : undefined;
}
function localPartProblem(local) {
    if (local === '')
        return 'There must be something before the @-sign.';
    if ([...local].length > 64)
        return `The email address is too long before the @-sign ${tooMany(local, 64)}.`;
    if (DOT_ATOM.test(local) || DOT_ATOM_INTL.test(local))
        return undefined;
    const bad = badChars(local, ATEXT_INTL_CHAR);
    if (bad)
        return `The email address contains invalid characters before the @-sign: ${bad}.`;
    if (local.endsWith('.'))
        return 'An email address cannot have a period immediately before the @-sign.';
    if (local.startsWith('.'))
        return 'An email address cannot start with a period.';
    if (local.includes('..'))
        return 'An email address cannot have two periods in a row.';
    return 'The email address contains invalid characters before the @-sign.';
}
function domainProblem(domainAsWritten) {
    if (domainAsWritten === '')
        return 'There must be something after the @-sign.';
    const bad = badChars(domainAsWritten, HOSTNAME_CHAR);
    if (bad)
        return `The part after the @-sign contains invalid characters: ${bad}.`;
    const domain = domainAsWritten.toLowerCase();
    if (domain.endsWith('.'))
        return 'An email address cannot end with a period.';
    if (domain.startsWith('.'))
        return 'An email address cannot have a period immediately after the @-sign.';
    if (domain.includes('..'))
        return 'An email address cannot have two periods in a row.';
    if (domain.endsWith('-'))
        return 'An email address cannot end with a hyphen.';
    if (domain.startsWith('-'))
        return 'An email address cannot have a hyphen immediately after the @-sign.';
    if (domain.includes('.-') || domain.includes('-.')) {
        return 'An email address cannot have a period and a hyphen next to each other.';
    }
    const labels = domain.split('.');
    if (labels.some((l) => /^(?!xn)..--/i.test(l))) {
        return 'An email address cannot have two letters followed by two dashes immediately after the @-sign or after a period, except Punycode.';
    }
    const ascii = DOT_ATOM_HOSTNAME.test(domain);
    if (ascii && domain.length > 255)
        return `The email address is too long after the @-sign ${tooMany(domain, 255)}.`;
    const long = labels.find((l) => l.length > 63);
    if (ascii && long)
        return `After the @-sign, periods cannot be separated by so many characters ${tooMany(long, 63)}.`;
    if (!domain.includes('.'))
        return 'The part after the @-sign is not valid. It should have a period.';
    if (ascii && !/[a-z]$/.test(domain)) {
        return 'The part after the @-sign is not valid. It is not within a valid top-level domain.';
    }
    if (SPECIAL_USE_DOMAINS.some((d) => domain === d || domain.endsWith(`.${d}`))) {
        return 'The part after the @-sign is a special-use or reserved name that cannot be used with email.';
    }
    return undefined;
}
/**
 * PyPI's complaint about an Author-email / Maintainer-email value (`'x@localhost' is not a valid
 * email address: …`), or undefined when it accepts it.
 */
function emailAddressProblem(value) {
    const address = addressOf(value);
    if (address === undefined)
        return undefined;
    const at = address.split('@');
    let reason;
    if (at.length !== 2)
        reason = 'The email address is not valid. It must have exactly one @-sign.';
    else
        reason = localPartProblem(at[0]) ?? domainProblem(at[1]);
    if (!reason && [...address].length > 254)
        reason = `The email address is too long ${tooMany(address, 254)}.`;
    return reason && `${(0,python_text/* pyRepr */.n3)(address)} is not a valid email address: ${reason}`;
}

// EXTERNAL MODULE: ./packages/core/src/pep508/index.ts + 1 modules
var pep508 = __webpack_require__(61150);
;// CONCATENATED MODULE: ./packages/core/src/distfiles/metadata/validate-pypi.ts
/**
 * What PyPI rejects in metadata beyond packaging's checks (Warehouse's forklift/metadata.py): the
 * metadata versions it supports, local versions, summary length, emails, classifiers, URLs, direct
 * references, Dynamic and License with License-Expression. Warehouse reads the form twine sends,
 * so License-File is gone below Metadata 2.4 and empty values count as absent.
 */










// Warehouse's DYNAMIC_FIELDS, lower-cased as it compares them.
const PYPI_DYNAMIC_FIELDS = new Set([
    'Platform',
    'Supported-Platform',
    'Summary',
    'Description',
    'Description-Content-Type',
    'Keywords',
    'Home-Page',
    'Download-Url',
    'Author',
    'Author-Email',
    'Maintainer',
    'Maintainer-Email',
    'License',
    'License-Expression',
    'License-File',
    'Classifier',
    'Requires-Dist',
    'Requires-Python',
    'Requires-External',
    'Project-Url',
    'Provides-Extra',
    'Provides-Dist',
    'Obsoletes-Dist',
    'Requires',
    'Provides',
    'Obsoletes',
    'Import-Name',
    'Import-Namespace',
].map((f) => f.toLowerCase()));
function report(ctx, rule, key, text, action) {
    const spec = metadata_fields/* FIELD_BY_KEY */.NK.get(key);
    ctx.findings.push((0,findings/* finding */.g)(rule, `${(0,validate_core/* writtenName */.lD)(ctx.parsed, spec.header)}: ${text}`, (0,validate_core/* fixFor */.jc)(ctx.parsed, spec, action)));
}
/** The form fields Warehouse sees: twine's copy, with fields whose only value is empty left out. */
function asPypiSeesIt(parsed) {
    const raw = { ...(0,validate_core/* asTwineSendsIt */.Sq)(parsed).raw };
    for (const [key, value] of Object.entries(raw)) {
        if (value === '' || (Array.isArray(value) && value.length === 1 && value[0] === ''))
            delete raw[key];
    }
    return raw;
}
function checkVersions(ctx, raw) {
    const mv = raw.metadata_version;
    if (mv !== undefined &&
        metadata_fields/* METADATA_VERSIONS */.mi.includes(mv) &&
        !metadata_fields/* PYPI_METADATA_VERSIONS */.NI.has(mv)) {
        report(ctx, rules/* METADATA_RULES */.m.P001, 'metadata_version', `${(0,python_text/* pyRepr */.n3)(mv)} is not a valid metadata version`, `PyPI accepts Metadata-Version 1.0 to 2.5: pin the build backend to a release that writes 2.5 until PyPI supports ${mv}`);
    }
    const version = raw.version === undefined ? undefined : (0,pep440/* tryParseVersion */.z0)(raw.version);
    if (version && (0,pep440/* hasLocal */.cM)(version)) {
        report(ctx, rules/* METADATA_RULES */.m.P002, 'version', `The use of local versions in '${(0,pep440/* formatVersion */.qh)(version)}' is not allowed.`, 'drop the `+local` part (for setuptools-scm / hatch-vcs set local_scheme = "no-local-version"); local versions are for builds that are not published');
    }
    if (raw.summary !== undefined && [...raw.summary].length > 512) {
        report(ctx, rules/* METADATA_RULES */.m.P003, 'summary', "'summary' field must be 512 characters or less.", `shorten it to 512 characters (it has ${[...raw.summary].length}); put the long text in the readme`);
    }
}
function checkPeople(ctx, raw) {
    for (const key of ['author_email', 'maintainer_email']) {
        const value = raw[key];
        const problem = value === undefined ? undefined : emailAddressProblem(value);
        if (problem)
            report(ctx, rules/* METADATA_RULES */.m.P004, key, problem, 'give each person a real address, or leave `email` out');
    }
}
function checkClassifiers(ctx, raw) {
    const unique = [...new Set(raw.classifiers ?? [])].sort();
    // The list's release is named so that a classifier newer than it can be told from a typo.
    const action = `use classifiers from https://pypi.org/classifiers/ exactly as written there (checked against trove-classifiers ${troveClassifiers().version})`;
    for (const classifier of unique) {
        const problem = classifierProblem(classifier);
        if (!problem)
            continue;
        if (problem.kind === 'private') {
            report(ctx, rules/* METADATA_RULES */.m.P007, 'classifiers', `${(0,python_text/* pyRepr */.n3)(classifier)} is not a valid classifier. PyPI rejects every upload with a 'Private ::' classifier; projects add one on purpose so they are never published by accident.`, 'keep it if this project must not reach PyPI (upload it to a private index, and ignore P007 there); remove it to publish on PyPI');
        }
        else if (problem.kind === 'deprecated') {
            const text = problem.replacements.length > 0
                ? `The classifier ${(0,python_text/* pyRepr */.n3)(classifier)} has been deprecated, use one of ${(0,python_text/* pyReprList */.rF)(problem.replacements)} instead.`
                : `The classifier ${(0,python_text/* pyRepr */.n3)(classifier)} has been deprecated.`;
            report(ctx, rules/* METADATA_RULES */.m.P006, 'classifiers', text, problem.replacements.length === 1
                ? `replace it with ${(0,python_text/* pyRepr */.n3)(problem.replacements[0])}`
                : problem.replacements.length > 1
                    ? `replace it with one of ${(0,python_text/* pyReprList */.rF)(problem.replacements)}`
                    : 'remove it: it has no replacement');
        }
        else {
            const why = problem.why ? ` (${problem.why})` : '';
            const suggestion = problem.suggestion ? `: did you mean ${(0,python_text/* pyRepr */.n3)(problem.suggestion)}?` : '';
            report(ctx, rules/* METADATA_RULES */.m.P005, 'classifiers', `${(0,python_text/* pyRepr */.n3)(classifier)} is not a valid classifier.${why}`, `${action}${suggestion}`);
        }
    }
}
function checkUrls(ctx, raw) {
    const urlAction = 'write an absolute http:// or https:// URL';
    for (const key of ['home_page', 'download_url']) {
        const url = raw[key];
        if (url !== undefined && !isValidPypiUrl(url)) {
            report(ctx, rules/* METADATA_RULES */.m.P008, key, `${(0,python_text/* pyRepr */.n3)(url)} is not a valid url.`, urlAction);
        }
    }
    for (const [label, url] of raw.project_urls ?? []) {
        if (!label) {
            report(ctx, rules/* METADATA_RULES */.m.P009, 'project_urls', 'Must have a label', 'write each entry as `Label = "https://…"`');
        }
        else if ([...label].length > 32) {
            report(ctx, rules/* METADATA_RULES */.m.P009, 'project_urls', `${(0,python_text/* pyRepr */.n3)(label)} must be 32 characters or less.`, 'shorten the label to 32 characters');
        }
        else if (!url) {
            report(ctx, rules/* METADATA_RULES */.m.P009, 'project_urls', 'Must have a URL', `give ${(0,python_text/* pyRepr */.n3)(label)} a URL`);
        }
        else if (!isValidPypiUrl(url)) {
            report(ctx, rules/* METADATA_RULES */.m.P009, 'project_urls', `${(0,python_text/* pyRepr */.n3)(url)} is not a valid url`, urlAction);
        }
    }
}
function checkRequirements(ctx, raw) {
    for (const key of ['provides_dist', 'obsoletes_dist']) {
        for (const text of raw[key] ?? []) {
            const result = (0,pep508/* parseRequirement */.p)(text);
            if (!result.ok) {
                report(ctx, rules/* METADATA_RULES */.m.P010, key, `${(0,python_text/* pyRepr */.n3)(text)} is invalid: ${result.message}`, 'write a PEP 508 specifier such as "name (>=1.0)"');
            }
            else if (result.requirement.url) {
                report(ctx, rules/* METADATA_RULES */.m.P010, key, `Can't have direct dependency: ${(0,python_text/* pyRepr */.n3)(text)}`, 'name a project and version, not a URL');
            }
        }
    }
    for (const text of raw.requires_dist ?? []) {
        const result = (0,pep508/* parseRequirement */.p)(text);
        if (result.ok && result.requirement.url) {
            report(ctx, rules/* METADATA_RULES */.m.P011, 'requires_dist', `Can't have direct dependency: ${(0,pep508/* formatRequirement */.z)(result.requirement)}`, 'PyPI does not allow `name @ URL` dependencies: depend on a release published on an index (publish the dependency first), or keep the URL in a requirements file');
        }
    }
}
function checkLicenseAndDynamic(ctx, raw) {
    for (const value of raw.dynamic ?? []) {
        const field = value.toLowerCase();
        const packagingRejects = ['name', 'version', 'metadata-version'].includes(field) || !metadata_fields/* FIELD_BY_HEADER */.v8.has(field);
        if (!packagingRejects && !PYPI_DYNAMIC_FIELDS.has(field)) {
            report(ctx, rules/* METADATA_RULES */.m.P012, 'dynamic', `Dynamic field ${(0,python_text/* pyRepr */.n3)(field)} is not a valid dynamic field.`, 'remove it from the fields the backend marks dynamic');
        }
    }
    if (raw.license && raw.license_expression) {
        report(ctx, rules/* METADATA_RULES */.m.P013, 'license', 'License is deprecated when License-Expression is present. Only License-Expression should be present.', 'set `license` to the SPDX expression string only; the backend still writes License from a `{text = …}` table or from a setup() `license` argument');
    }
}
/** Everything PyPI rejects in metadata that twine does not (Warehouse's own rules). */
function pypiMetadataFindings(parsed) {
    const ctx = { parsed, findings: [] };
    const raw = asPypiSeesIt(parsed);
    checkVersions(ctx, raw);
    checkPeople(ctx, raw);
    checkClassifiers(ctx, raw);
    checkUrls(ctx, raw);
    checkRequirements(ctx, raw);
    checkLicenseAndDynamic(ctx, raw);
    return ctx.findings;
}

;// CONCATENATED MODULE: ./packages/core/src/distfiles/metadata/validate.ts


/** Everything twine 7 + packaging 26 reject (M rules) and everything Warehouse rejects in metadata (P rules). */
function validateMetadata(parsed, options) {
    return [...(0,validate_core/* coreMetadataFindings */.lO)(parsed, options.kind), ...pypiMetadataFindings(parsed)];
}

;// CONCATENATED MODULE: ./packages/core/src/distfiles/metadata/view.ts

/** A convenient read-only view of `parsed` for other checks. */
function metadataView(parsed) {
    const raw = parsed.raw;
    return {
        metadataVersion: raw.metadata_version,
        name: raw.name,
        version: raw.version,
        summary: raw.summary,
        description: raw.description,
        descriptionContentType: raw.description_content_type,
        keywords: raw.keywords ?? [],
        homePage: raw.home_page,
        downloadUrl: raw.download_url,
        author: raw.author,
        authorEmail: raw.author_email,
        maintainer: raw.maintainer,
        maintainerEmail: raw.maintainer_email,
        license: raw.license,
        licenseExpression: raw.license_expression,
        licenseFiles: (0,validate_core/* asTwineSendsIt */.Sq)(parsed).raw.license_files ?? [],
        classifiers: raw.classifiers ?? [],
        requiresDist: raw.requires_dist ?? [],
        requiresPython: raw.requires_python,
        providesExtra: raw.provides_extra ?? [],
        projectUrls: raw.project_urls ?? new Map(),
        dynamic: (raw.dynamic ?? []).map((d) => d.toLowerCase()),
        importNames: raw.import_names ?? [],
        importNamespaces: raw.import_namespaces ?? [],
    };
}

;// CONCATENATED MODULE: ./packages/core/src/distfiles/metadata/index.ts
/**
 * Core metadata (METADATA / PKG-INFO): parsing as packaging does, twine's checks (M rules) and
 * PyPI's upload checks (P rules), with the SPDX, PEP 508 (pep508/) and classifier checks they need.
 */










/***/ }),

/***/ 8696:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ METADATA_RULES)
/* harmony export */ });
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31027);
/**
 * The core metadata rules: M for what twine 7 (through packaging 26) rejects, P for what only PyPI
 * (Warehouse's forklift/metadata.py) rejects at upload, so `twine check` passing is not the end of it.
 */

/** Rules M001–M015 and P001–P013. */
const METADATA_RULES = (0,_findings_js__WEBPACK_IMPORTED_MODULE_0__/* .defineRules */ .x)({
    M001: {
        severity: 'error',
        source: 'twine',
        title: 'Metadata-Version is missing or not one packaging knows (1.0, 1.1, 1.2, 2.1–2.6; 2.0 is rejected)',
    },
    M002: { severity: 'error', source: 'twine', title: 'Name is missing or not a valid project name' },
    M003: { severity: 'error', source: 'twine', title: 'Version is missing or not a PEP 440 version' },
    M004: {
        severity: 'error',
        source: 'twine',
        title: 'A field was introduced in a later metadata version than the declared Metadata-Version',
    },
    M005: {
        severity: 'error',
        source: 'twine',
        title: 'Unrecognized or malformed field (unknown, repeated single-use, duplicate Project-URL label, not UTF-8)',
    },
    M006: { severity: 'error', source: 'twine', title: "'summary' must be a single line" },
    M007: {
        severity: 'error',
        source: 'twine',
        title: 'Description-Content-Type is not text/plain, text/x-rst or text/markdown with UTF-8 and a GFM/CommonMark variant',
    },
    M008: {
        severity: 'error',
        source: 'twine',
        title: 'Dynamic names Name, Version or Metadata-Version, or something that is not a core metadata field',
    },
    M009: {
        severity: 'error',
        source: 'twine',
        title: 'A Requires-Dist entry is not a valid PEP 508 dependency specifier',
    },
    M010: { severity: 'error', source: 'twine', title: 'Requires-Python is not a valid PEP 440 specifier set' },
    M011: { severity: 'error', source: 'twine', title: 'A Provides-Extra entry is not a valid extra name' },
    M012: {
        severity: 'error',
        source: 'twine',
        title: 'License-Expression is not a valid SPDX license expression',
    },
    M013: {
        severity: 'error',
        source: 'twine',
        title: "A License-File path is absolute, has '..' or '*', or does not use '/'",
    },
    M014: { severity: 'error', source: 'twine', title: 'An Import-Name or Import-Namespace entry is invalid' },
    M015: {
        severity: 'notice',
        source: 'sdist-spec',
        title: "The sdist's PKG-INFO is older than Metadata 2.2, which the source distribution format requires",
    },
    P001: {
        severity: 'error',
        source: 'pypi',
        title: 'PyPI does not accept this Metadata-Version yet (it accepts 1.0–2.5)',
    },
    P002: { severity: 'error', source: 'pypi', title: 'PyPI does not allow local versions (`1.0+abc`)' },
    P003: { severity: 'error', source: 'pypi', title: "'summary' field must be 512 characters or less." },
    P004: {
        severity: 'error',
        source: 'pypi',
        title: 'Author-email or Maintainer-email is not a valid email address',
    },
    P005: { severity: 'error', source: 'pypi', title: "A classifier is not one of PyPI's trove classifiers" },
    P006: { severity: 'error', source: 'pypi', title: 'A classifier has been deprecated' },
    P007: {
        severity: 'error',
        source: 'pypi',
        title: "A 'Private ::' classifier: PyPI rejects every upload that has one (intended, to block accidental uploads)",
    },
    P008: { severity: 'error', source: 'pypi', title: 'Home-page or Download-URL is not a valid http(s) URL' },
    P009: {
        severity: 'error',
        source: 'pypi',
        title: 'A Project-URL lacks a label, has a label over 32 characters, or lacks a valid http(s) URL',
    },
    P010: {
        severity: 'error',
        source: 'pypi',
        title: 'A Provides-Dist or Obsoletes-Dist entry does not parse or is a direct reference',
    },
    P011: {
        severity: 'error',
        source: 'pypi',
        title: "Can't have direct dependency: a Requires-Dist entry uses `@ URL`",
    },
    P012: {
        severity: 'error',
        source: 'pypi',
        title: 'Dynamic names a field PyPI does not allow to be dynamic',
    },
    P013: {
        severity: 'error',
        source: 'pypi',
        title: 'License is deprecated when License-Expression is present. Only License-Expression should be present.',
    },
});


/***/ }),

/***/ 40872:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  t: () => (/* binding */ licenseExpressionProblem)
});

;// CONCATENATED MODULE: ./node_modules/spdx-license-ids/index.json
const spdx_license_ids_namespaceObject = /*#__PURE__*/JSON.parse('["0BSD","3D-Slicer-1.0","AAL","ADSL","AFL-1.1","AFL-1.2","AFL-2.0","AFL-2.1","AFL-3.0","AGPL-1.0-only","AGPL-1.0-or-later","AGPL-3.0-only","AGPL-3.0-or-later","ALGLIB-Documentation","AMD-newlib","AMDPLPA","AML","AML-glslang","AMPAS","ANTLR-PD","ANTLR-PD-fallback","APAFML","APL-1.0","APSL-1.0","APSL-1.1","APSL-1.2","APSL-2.0","ASWF-Digital-Assets-1.0","ASWF-Digital-Assets-1.1","Abstyles","AdaCore-doc","Adobe-2006","Adobe-Display-PostScript","Adobe-Glyph","Adobe-Utopia","Advanced-Cryptics-Dictionary","Afmparse","Aladdin","Apache-1.0","Apache-1.1","Apache-2.0","App-s2p","Arphic-1999","Artistic-1.0","Artistic-1.0-Perl","Artistic-1.0-cl8","Artistic-2.0","Artistic-dist","Aspell-RU","BOLA-1.1","BSD-1-Clause","BSD-2-Clause","BSD-2-Clause-Darwin","BSD-2-Clause-Patent","BSD-2-Clause-Views","BSD-2-Clause-first-lines","BSD-2-Clause-pkgconf-disclaimer","BSD-2-Clause-pos-unchanged","BSD-3-Clause","BSD-3-Clause-Attribution","BSD-3-Clause-Clear","BSD-3-Clause-HP","BSD-3-Clause-LBNL","BSD-3-Clause-Modification","BSD-3-Clause-No-Military-License","BSD-3-Clause-No-Nuclear-License","BSD-3-Clause-No-Nuclear-License-2014","BSD-3-Clause-No-Nuclear-Warranty","BSD-3-Clause-Open-MPI","BSD-3-Clause-OpenWebUI","BSD-3-Clause-Sun","BSD-3-Clause-Tso","BSD-3-Clause-acpica","BSD-3-Clause-flex","BSD-4-Clause","BSD-4-Clause-Shortened","BSD-4-Clause-UC","BSD-4.3RENO","BSD-4.3TAHOE","BSD-Advertising-Acknowledgement","BSD-Attribution-HPND-disclaimer","BSD-Inferno-Nettverk","BSD-Mark-Modifications","BSD-Protection","BSD-Source-Code","BSD-Source-Code-no-disclaimer","BSD-Source-alt-GPL","BSD-Source-beginning-file","BSD-Systemics","BSD-Systemics-W3Works","BSD-ask-to-endorse","BSL-1.0","BUSL-1.1","Baekmuk","Bahyph","Barr","Beerware","BitTorrent-1.0","BitTorrent-1.1","Bitstream-Charter","Bitstream-Vera","BlueOak-1.0.0","Boehm-GC","Boehm-GC-without-fee","Borceux","Brian-Gladman-2-Clause","Brian-Gladman-3-Clause","Brian-Gladman-3-Clause-no-conversion","Buddy","Bugroff","C-UDA-1.0","CAL-1.0","CAL-1.0-Combined-Work-Exception","CAPEC-tou","CATOSL-1.1","CC-BY-1.0","CC-BY-2.0","CC-BY-2.5","CC-BY-2.5-AU","CC-BY-3.0","CC-BY-3.0-AT","CC-BY-3.0-AU","CC-BY-3.0-DE","CC-BY-3.0-IGO","CC-BY-3.0-NL","CC-BY-3.0-US","CC-BY-4.0","CC-BY-NC-1.0","CC-BY-NC-2.0","CC-BY-NC-2.5","CC-BY-NC-3.0","CC-BY-NC-3.0-DE","CC-BY-NC-3.0-IGO","CC-BY-NC-4.0","CC-BY-NC-ND-1.0","CC-BY-NC-ND-2.0","CC-BY-NC-ND-2.5","CC-BY-NC-ND-3.0","CC-BY-NC-ND-3.0-DE","CC-BY-NC-ND-3.0-IGO","CC-BY-NC-ND-4.0","CC-BY-NC-SA-1.0","CC-BY-NC-SA-2.0","CC-BY-NC-SA-2.0-DE","CC-BY-NC-SA-2.0-FR","CC-BY-NC-SA-2.0-UK","CC-BY-NC-SA-2.5","CC-BY-NC-SA-3.0","CC-BY-NC-SA-3.0-DE","CC-BY-NC-SA-3.0-IGO","CC-BY-NC-SA-4.0","CC-BY-ND-1.0","CC-BY-ND-2.0","CC-BY-ND-2.5","CC-BY-ND-3.0","CC-BY-ND-3.0-DE","CC-BY-ND-4.0","CC-BY-SA-1.0","CC-BY-SA-2.0","CC-BY-SA-2.0-UK","CC-BY-SA-2.1-JP","CC-BY-SA-2.5","CC-BY-SA-3.0","CC-BY-SA-3.0-AT","CC-BY-SA-3.0-DE","CC-BY-SA-3.0-IGO","CC-BY-SA-4.0","CC-PDDC","CC-PDM-1.0","CC-SA-1.0","CC0-1.0","CDDL-1.0","CDDL-1.1","CDL-1.0","CDLA-Permissive-1.0","CDLA-Permissive-2.0","CDLA-Sharing-1.0","CECILL-1.0","CECILL-1.1","CECILL-2.0","CECILL-2.1","CECILL-B","CECILL-C","CERN-OHL-1.1","CERN-OHL-1.2","CERN-OHL-P-2.0","CERN-OHL-S-2.0","CERN-OHL-W-2.0","CFITSIO","CMU-Mach","CMU-Mach-nodoc","CNRI-Jython","CNRI-Python","CNRI-Python-GPL-Compatible","COIL-1.0","CPAL-1.0","CPL-1.0","CPOL-1.02","CUA-OPL-1.0","Caldera","Caldera-no-preamble","Catharon","ClArtistic","Clips","Community-Spec-1.0","Condor-1.1","Cornell-Lossless-JPEG","Cronyx","Crossword","CryptoSwift","CrystalStacker","Cube","D-FSL-1.0","DEC-3-Clause","DL-DE-BY-2.0","DL-DE-ZERO-2.0","DOC","DRL-1.0","DRL-1.1","DSDP","DocBook-DTD","DocBook-Schema","DocBook-Stylesheet","DocBook-XML","Dotseqn","ECL-1.0","ECL-2.0","EFL-1.0","EFL-2.0","EPICS","EPL-1.0","EPL-2.0","ESA-PL-permissive-2.4","ESA-PL-strong-copyleft-2.4","ESA-PL-weak-copyleft-2.4","EUDatagrid","EUPL-1.0","EUPL-1.1","EUPL-1.2","Elastic-2.0","Entessa","ErlPL-1.1","Eurosym","FBM","FDK-AAC","FDK-MPEG-H","FSFAP","FSFAP-no-warranty-disclaimer","FSFUL","FSFULLR","FSFULLRSD","FSFULLRWD","FSL-1.1-ALv2","FSL-1.1-MIT","FTL","Fair","Ferguson-Twofish","Frameworx-1.0","FreeBSD-DOC","FreeImage","Furuseth","GCR-docs","GD","GFDL-1.1-invariants-only","GFDL-1.1-invariants-or-later","GFDL-1.1-no-invariants-only","GFDL-1.1-no-invariants-or-later","GFDL-1.1-only","GFDL-1.1-or-later","GFDL-1.2-invariants-only","GFDL-1.2-invariants-or-later","GFDL-1.2-no-invariants-only","GFDL-1.2-no-invariants-or-later","GFDL-1.2-only","GFDL-1.2-or-later","GFDL-1.3-invariants-only","GFDL-1.3-invariants-or-later","GFDL-1.3-no-invariants-only","GFDL-1.3-no-invariants-or-later","GFDL-1.3-only","GFDL-1.3-or-later","GL2PS","GLWTPL","GPL-1.0-only","GPL-1.0-or-later","GPL-2.0-only","GPL-2.0-or-later","GPL-3.0-only","GPL-3.0-or-later","Game-Programming-Gems","Giftware","Glide","Glulxe","Graphics-Gems","Gutmann","HDF5","HIDAPI","HP-1986","HP-1989","HPND","HPND-DEC","HPND-Fenneberg-Livingston","HPND-INRIA-IMAG","HPND-Intel","HPND-Kevlin-Henney","HPND-MIT-disclaimer","HPND-Markus-Kuhn","HPND-Netrek","HPND-Pbmplus","HPND-SMC","HPND-UC","HPND-UC-export-US","HPND-doc","HPND-doc-sell","HPND-export-US","HPND-export-US-acknowledgement","HPND-export-US-modify","HPND-export2-US","HPND-merchantability-variant","HPND-sell-MIT-disclaimer-xserver","HPND-sell-regexpr","HPND-sell-variant","HPND-sell-variant-MIT-disclaimer","HPND-sell-variant-MIT-disclaimer-rev","HPND-sell-variant-critical-systems","HTMLTIDY","HaskellReport","Hippocratic-2.1","Hippocratic-3.0-core","IBM-pibs","ICU","IEC-Code-Components-EULA","IJG","IJG-short","IPA","IPL-1.0","ISC","ISC-Veillard","ISO-permission","ImageMagick","Imlib2","Info-ZIP","Informatica","Inner-Net-2.0","InnoSetup","Intel","Intel-ACPI","Interbase-1.0","JPL-image","JPNIC","JSON","Jam","JasPer-2.0","Kastrup","Kazlib","Knuth-CTAN","LAL-1.2","LAL-1.3","LGPL-2.0-only","LGPL-2.0-or-later","LGPL-2.1-only","LGPL-2.1-or-later","LGPL-3.0-only","LGPL-3.0-or-later","LGPLLR","LOOP","LPD-document","LPL-1.0","LPL-1.02","LPPL-1.0","LPPL-1.1","LPPL-1.2","LPPL-1.3a","LPPL-1.3c","LZMA-SDK-9.11-to-9.20","LZMA-SDK-9.22","Latex2e","Latex2e-translated-notice","Leptonica","LiLiQ-P-1.1","LiLiQ-R-1.1","LiLiQ-Rplus-1.1","Libpng","Linux-OpenIB","Linux-man-pages-1-para","Linux-man-pages-copyleft","Linux-man-pages-copyleft-2-para","Linux-man-pages-copyleft-var","Lucida-Bitmap-Fonts","MIPS","MIT","MIT-0","MIT-CMU","MIT-Click","MIT-Festival","MIT-Khronos-old","MIT-Modern-Variant","MIT-STK","MIT-Wu","MIT-advertising","MIT-enna","MIT-feh","MIT-open-group","MIT-testregex","MITNFA","MMIXware","MMPL-1.0.1","MPEG-SSG","MPL-1.0","MPL-1.1","MPL-2.0","MPL-2.0-no-copyleft-exception","MS-LPL","MS-PL","MS-RL","MTLL","MVT-1.1","Mackerras-3-Clause","Mackerras-3-Clause-acknowledgment","MakeIndex","Martin-Birgmeier","McPhee-slideshow","Minpack","MirOS","Motosoto","MulanPSL-1.0","MulanPSL-2.0","Multics","Mup","NAIST-2003","NASA-1.3","NBPL-1.0","NCBI-PD","NCGL-UK-2.0","NCL","NCSA","NGPL","NICTA-1.0","NIST-PD","NIST-PD-TNT","NIST-PD-fallback","NIST-Software","NLOD-1.0","NLOD-2.0","NLPL","NOSL","NPL-1.0","NPL-1.1","NPOSL-3.0","NRL","NTIA-PD","NTP","NTP-0","Naumen","NetCDF","Newsletr","Nokia","Noweb","O-UDA-1.0","OAR","OCCT-PL","OCLC-2.0","ODC-By-1.0","ODbL-1.0","OFFIS","OFL-1.0","OFL-1.0-RFN","OFL-1.0-no-RFN","OFL-1.1","OFL-1.1-RFN","OFL-1.1-no-RFN","OGC-1.0","OGDL-Taiwan-1.0","OGL-Canada-2.0","OGL-UK-1.0","OGL-UK-2.0","OGL-UK-3.0","OGTSL","OLDAP-1.1","OLDAP-1.2","OLDAP-1.3","OLDAP-1.4","OLDAP-2.0","OLDAP-2.0.1","OLDAP-2.1","OLDAP-2.2","OLDAP-2.2.1","OLDAP-2.2.2","OLDAP-2.3","OLDAP-2.4","OLDAP-2.5","OLDAP-2.6","OLDAP-2.7","OLDAP-2.8","OLFL-1.3","OML","OPL-1.0","OPL-UK-3.0","OPUBL-1.0","OSC-1.0","OSET-PL-2.1","OSL-1.0","OSL-1.1","OSL-2.0","OSL-2.1","OSL-3.0","OSSP","OpenMDW-1.0","OpenPBS-2.3","OpenSSL","OpenSSL-standalone","OpenVision","PADL","PDDL-1.0","PHP-3.0","PHP-3.01","PPL","PSF-2.0","ParaType-Free-Font-1.3","Parity-6.0.0","Parity-7.0.0","Pixar","Plexus","PolyForm-Noncommercial-1.0.0","PolyForm-Small-Business-1.0.0","PostgreSQL","Python-2.0","Python-2.0.1","QPL-1.0","QPL-1.0-INRIA-2004","Qhull","RHeCos-1.1","RPL-1.1","RPL-1.5","RPSL-1.0","RSA-MD","RSCPL","Rdisc","Ruby","Ruby-pty","SAX-PD","SAX-PD-2.0","SCEA","SGI-B-1.0","SGI-B-1.1","SGI-B-2.0","SGI-OpenGL","SGMLUG-PM","SGP4","SHL-0.5","SHL-0.51","SISSL","SISSL-1.2","SL","SMAIL-GPL","SMLNJ","SMPPL","SNIA","SOFA","SPL-1.0","SSH-OpenSSH","SSH-short","SSLeay-standalone","SSPL-1.0","SUL-1.0","SWL","Saxpath","SchemeReport","Sendmail","Sendmail-8.23","Sendmail-Open-Source-1.1","SimPL-2.0","Sleepycat","Soundex","Spencer-86","Spencer-94","Spencer-99","SugarCRM-1.1.3","Sun-PPP","Sun-PPP-2000","SunPro","Symlinks","TAPR-OHL-1.0","TCL","TCP-wrappers","TGPPL-1.0","TMate","TORQUE-1.1","TOSL","TPDL","TPL-1.0","TTWL","TTYP0","TU-Berlin-1.0","TU-Berlin-2.0","TekHVC","TermReadKey","ThirdEye","TrustedQSL","UCAR","UCL-1.0","UMich-Merit","UPL-1.0","URT-RLE","Ubuntu-font-1.0","UnRAR","Unicode-3.0","Unicode-DFS-2015","Unicode-DFS-2016","Unicode-TOU","UnixCrypt","Unlicense","Unlicense-libtelnet","Unlicense-libwhirlpool","VOSTROM","VSL-1.0","Vim","Vixie-Cron","W3C","W3C-19980720","W3C-20150513","WTFNMFPL","WTFPL","Watcom-1.0","Widget-Workshop","WordNet","Wsuipa","X11","X11-distribute-modifications-variant","X11-no-permit-persons","X11-swapped","XFree86-1.1","XSkat","Xdebug-1.03","Xerox","Xfig","Xnet","YPL-1.0","YPL-1.1","ZPL-1.1","ZPL-2.0","ZPL-2.1","Zed","Zeeff","Zend-2.0","Zimbra-1.3","Zimbra-1.4","Zlib","any-OSI","any-OSI-perl-modules","atc-game","bcrypt-Solar-Designer","blessing","bzip2-1.0.6","check-cvs","checkmk","copyleft-next-0.3.0","copyleft-next-0.3.1","curl","cve-tou","diffmark","dtoa","dvipdfm","eGenix","etalab-2.0","fwlw","gSOAP-1.3b","generic-xts","gnuplot","gtkbook","hdparm","hyphen-bulgarian","iMatix","jove","libpng-1.6.35","libpng-2.0","libselinux-1.0","libtiff","libutil-David-Nugent","lsof","magaz","mailprio","man2html","metamail","mpi-permissive","mpich2","mplus","ngrep","pkgconf","pnmstitch","psfrag","psutils","python-ldap","radvd","snprintf","softSurfer","ssh-keyscan","swrule","threeparttable","ulem","w3m","wwl","xinetd","xkeyboard-config-Zinoviev","xlock","xpp","xzoom","zlib-acknowledgement"]');
;// CONCATENATED MODULE: ./node_modules/spdx-license-ids/deprecated.json
const deprecated_namespaceObject = /*#__PURE__*/JSON.parse('["AGPL-1.0","AGPL-3.0","BSD-2-Clause-FreeBSD","BSD-2-Clause-NetBSD","GFDL-1.1","GFDL-1.2","GFDL-1.3","GPL-1.0","GPL-2.0","GPL-2.0-with-GCC-exception","GPL-2.0-with-autoconf-exception","GPL-2.0-with-bison-exception","GPL-2.0-with-classpath-exception","GPL-2.0-with-font-exception","GPL-3.0","GPL-3.0-with-GCC-exception","GPL-3.0-with-autoconf-exception","LGPL-2.0","LGPL-2.1","LGPL-3.0","Net-SNMP","Nunit","StandardML-NJ","bzip2-1.0.5","eCos-2.0","wxWindows"]');
;// CONCATENATED MODULE: ./node_modules/spdx-exceptions/index.json
const spdx_exceptions_namespaceObject = /*#__PURE__*/JSON.parse('["389-exception","Asterisk-exception","Autoconf-exception-2.0","Autoconf-exception-3.0","Autoconf-exception-generic","Autoconf-exception-generic-3.0","Autoconf-exception-macro","Bison-exception-1.24","Bison-exception-2.2","Bootloader-exception","Classpath-exception-2.0","CLISP-exception-2.0","cryptsetup-OpenSSL-exception","DigiRule-FOSS-exception","eCos-exception-2.0","Fawkes-Runtime-exception","FLTK-exception","fmt-exception","Font-exception-2.0","freertos-exception-2.0","GCC-exception-2.0","GCC-exception-2.0-note","GCC-exception-3.1","Gmsh-exception","GNAT-exception","GNOME-examples-exception","GNU-compiler-exception","gnu-javamail-exception","GPL-3.0-interface-exception","GPL-3.0-linking-exception","GPL-3.0-linking-source-exception","GPL-CC-1.0","GStreamer-exception-2005","GStreamer-exception-2008","i2p-gpl-java-exception","KiCad-libraries-exception","LGPL-3.0-linking-exception","libpri-OpenH323-exception","Libtool-exception","Linux-syscall-note","LLGPL","LLVM-exception","LZMA-exception","mif-exception","OCaml-LGPL-linking-exception","OCCT-exception-1.0","OpenJDK-assembly-exception-1.0","openvpn-openssl-exception","PS-or-PDF-font-exception-20170817","QPL-1.0-INRIA-2004-exception","Qt-GPL-exception-1.0","Qt-LGPL-exception-1.1","Qwt-exception-1.0","SANE-exception","SHL-2.0","SHL-2.1","stunnel-exception","SWI-exception","Swift-exception","Texinfo-exception","u-boot-exception-2.0","UBDL-exception","Universal-FOSS-exception-1.0","vsftpd-openssl-exception","WxWindows-exception-3.1","x11vnc-openssl-exception"]');
;// CONCATENATED MODULE: ./node_modules/spdx-exceptions/deprecated.json
const spdx_exceptions_deprecated_namespaceObject = /*#__PURE__*/JSON.parse('["Nokia-Qt-exception-1.1"]');
// EXTERNAL MODULE: ./packages/core/src/pep440/whitespace.ts
var whitespace = __webpack_require__(63468);
// EXTERNAL MODULE: ./packages/core/src/distfiles/python-text.ts
var python_text = __webpack_require__(95079);
;// CONCATENATED MODULE: ./packages/core/src/distfiles/metadata/spdx.ts
/**
 * SPDX license expressions as packaging's `canonicalize_license_expression` accepts them (what
 * License-Expression must pass for twine and PyPI): identifiers case-insensitively, deprecated ones
 * included, a trailing `+`, `LicenseRef-…`, `AND` / `OR` / `WITH` and parentheses. packaging knows
 * no `DocumentRef-…`, so neither do we: twine and PyPI reject it.
 */






// Exceptions of SPDX list 3.27 (the one packaging 26.3 ships) that spdx-exceptions 2.5.0 lacks.
const NEWER_EXCEPTIONS = [
    'Asterisk-linking-protocols-exception',
    'CGAL-linking-exception',
    'Digia-Qt-LGPL-exception-1.1',
    'GPL-3.0-389-ds-base-exception',
    'Independent-modules-exception',
    'PCRE2-exception',
    'RRDtool-FLOSS-exception-2.0',
    'erlang-otp-linking-exception',
    'harbour-exception',
    'mxml-exception',
    'polyparse-exception',
    'romic-exception',
];
// Deprecated ids of the SPDX list that spdx-license-ids leaves out (packaging keeps them).
const DEPRECATED_PLUS_IDS = ['GPL-1.0+', 'GPL-2.0+', 'GPL-3.0+', 'LGPL-2.0+', 'LGPL-2.1+', 'LGPL-3.0+'];
const LICENSES = new Set([...spdx_license_ids_namespaceObject, ...deprecated_namespaceObject, ...DEPRECATED_PLUS_IDS].map((id) => id.toLowerCase()));
const EXCEPTIONS = new Set([...spdx_exceptions_namespaceObject, ...spdx_exceptions_deprecated_namespaceObject, ...NEWER_EXCEPTIONS].map((id) => id.toLowerCase()));
const OPERATORS = new Set(['or', 'and', 'with', '(', ')']);
const LICENSE_REF_ID = /^[A-Za-z0-9.-]+$/;
const SPACES = new RegExp(`${whitespace/* PY_WHITESPACE */.G}+`);
/** Whether `tokens` (False, and, or, parentheses) form an expression Python would compile. */
function compiles(tokens) {
    let i = 0;
    const term = () => {
        if (tokens[i] === 'False') {
            i++;
            return true;
        }
        if (tokens[i] !== '(')
            return false;
        i++;
        if (!expr() || tokens[i] !== ')')
            return false;
        i++;
        return true;
    };
    const expr = () => {
        if (!term())
            return false;
        while (tokens[i] === 'and' || tokens[i] === 'or') {
            i++;
            if (!term())
                return false;
        }
        return true;
    };
    return expr() && i === tokens.length;
}
/**
 * Why packaging rejects a License-Expression (`Unknown license: 'foo'`, `Invalid license expression:
 * '(mit'`), or undefined when it is valid.
 */
function licenseExpressionProblem(raw) {
    const invalid = `Invalid license expression: ${(0,python_text/* pyRepr */.n3)(raw)}`;
    if (raw === '')
        return invalid;
    const tokens = raw
        .replace(/\(/g, ' ( ')
        .replace(/\)/g, ' ) ')
        .toLowerCase()
        .split(SPACES)
        .filter((t) => t !== '');
    // packaging turns the expression into Python (licenses become False, WITH becomes or) and compiles it.
    const python = [];
    for (const token of tokens) {
        const previous = python[python.length - 1];
        if (!OPERATORS.has(token))
            python.push('False');
        else if (token === 'with')
            python.push('or');
        else if ((token === '(' && previous !== undefined && !['or', 'and', '('].includes(previous)) ||
            (token === ')' && previous === '(')) {
            return invalid;
        }
        else
            python.push(token);
    }
    if (!compiles(python))
        return invalid;
    let lastWasLicense = false;
    let afterWith = false;
    for (const [index, token] of tokens.entries()) {
        if (OPERATORS.has(token)) {
            if (token === 'with' &&
                (!lastWasLicense || index + 1 === tokens.length || OPERATORS.has(tokens[index + 1]))) {
                return invalid;
            }
            afterWith = token === 'with';
            lastWasLicense = false;
            continue;
        }
        if (afterWith) {
            if (!EXCEPTIONS.has(token))
                return `Unknown license exception: ${(0,python_text/* pyRepr */.n3)(token)}`;
            afterWith = false;
            lastWasLicense = false;
            continue;
        }
        const plus = token.endsWith('+');
        const id = plus ? token.slice(0, -1) : token;
        if (id.startsWith('licenseref-')) {
            if (plus || !LICENSE_REF_ID.test(id.slice('licenseref-'.length)))
                return `Invalid licenseref: ${(0,python_text/* pyRepr */.n3)(token)}`;
        }
        else if (!LICENSES.has(id)) {
            return `Unknown license: ${(0,python_text/* pyRepr */.n3)(id)}`;
        }
        lastWasLicense = true;
    }
    return undefined;
}


/***/ }),

/***/ 62757:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F2: () => (/* binding */ DEPRECATED_CLASSIFIERS),
/* harmony export */   fK: () => (/* binding */ TROVE_CLASSIFIERS_VERSION),
/* harmony export */   gt: () => (/* binding */ VALID_CLASSIFIERS)
/* harmony export */ });
// Generated by scripts/gen-classifiers.mjs from trove-classifiers 2026.9.21.13; do not edit.
// To update: node scripts/gen-classifiers.mjs NEW_VERSION (and change PINNED there).
/** The trove-classifiers release this list comes from. */
const TROVE_CLASSIFIERS_VERSION = '2026.9.21.13';
/** Every classifier PyPI accepts, sorted. */
const VALID_CLASSIFIERS = [
    'Development Status :: 1 - Planning',
    'Development Status :: 2 - Pre-Alpha',
    'Development Status :: 3 - Alpha',
    'Development Status :: 4 - Beta',
    'Development Status :: 5 - Production/Stable',
    'Development Status :: 6 - Mature',
    'Development Status :: 7 - Inactive',
    'Environment :: Console',
    'Environment :: Console :: Curses',
    'Environment :: Console :: Framebuffer',
    'Environment :: Console :: Newt',
    'Environment :: Console :: svgalib',
    'Environment :: Cygwin (MS Windows)',
    'Environment :: GPU',
    'Environment :: GPU :: NVIDIA CUDA',
    'Environment :: GPU :: NVIDIA CUDA :: 1.0',
    'Environment :: GPU :: NVIDIA CUDA :: 1.1',
    'Environment :: GPU :: NVIDIA CUDA :: 10.0',
    'Environment :: GPU :: NVIDIA CUDA :: 10.1',
    'Environment :: GPU :: NVIDIA CUDA :: 10.2',
    'Environment :: GPU :: NVIDIA CUDA :: 11',
    'Environment :: GPU :: NVIDIA CUDA :: 11.0',
    'Environment :: GPU :: NVIDIA CUDA :: 11.1',
    'Environment :: GPU :: NVIDIA CUDA :: 11.2',
    'Environment :: GPU :: NVIDIA CUDA :: 11.3',
    'Environment :: GPU :: NVIDIA CUDA :: 11.4',
    'Environment :: GPU :: NVIDIA CUDA :: 11.5',
    'Environment :: GPU :: NVIDIA CUDA :: 11.6',
    'Environment :: GPU :: NVIDIA CUDA :: 11.7',
    'Environment :: GPU :: NVIDIA CUDA :: 11.8',
    'Environment :: GPU :: NVIDIA CUDA :: 12',
    'Environment :: GPU :: NVIDIA CUDA :: 12 :: 12.0',
    'Environment :: GPU :: NVIDIA CUDA :: 12 :: 12.1',
    'Environment :: GPU :: NVIDIA CUDA :: 12 :: 12.2',
    'Environment :: GPU :: NVIDIA CUDA :: 12 :: 12.3',
    'Environment :: GPU :: NVIDIA CUDA :: 12 :: 12.4',
    'Environment :: GPU :: NVIDIA CUDA :: 12 :: 12.5',
    'Environment :: GPU :: NVIDIA CUDA :: 12 :: 12.6',
    'Environment :: GPU :: NVIDIA CUDA :: 13',
    'Environment :: GPU :: NVIDIA CUDA :: 2.0',
    'Environment :: GPU :: NVIDIA CUDA :: 2.1',
    'Environment :: GPU :: NVIDIA CUDA :: 2.2',
    'Environment :: GPU :: NVIDIA CUDA :: 2.3',
    'Environment :: GPU :: NVIDIA CUDA :: 3.0',
    'Environment :: GPU :: NVIDIA CUDA :: 3.1',
    'Environment :: GPU :: NVIDIA CUDA :: 3.2',
    'Environment :: GPU :: NVIDIA CUDA :: 4.0',
    'Environment :: GPU :: NVIDIA CUDA :: 4.1',
    'Environment :: GPU :: NVIDIA CUDA :: 4.2',
    'Environment :: GPU :: NVIDIA CUDA :: 5.0',
    'Environment :: GPU :: NVIDIA CUDA :: 5.5',
    'Environment :: GPU :: NVIDIA CUDA :: 6.0',
    'Environment :: GPU :: NVIDIA CUDA :: 6.5',
    'Environment :: GPU :: NVIDIA CUDA :: 7.0',
    'Environment :: GPU :: NVIDIA CUDA :: 7.5',
    'Environment :: GPU :: NVIDIA CUDA :: 8.0',
    'Environment :: GPU :: NVIDIA CUDA :: 9.0',
    'Environment :: GPU :: NVIDIA CUDA :: 9.1',
    'Environment :: GPU :: NVIDIA CUDA :: 9.2',
    "Environment :: Handhelds/PDA's",
    'Environment :: MacOS X',
    'Environment :: MacOS X :: Aqua',
    'Environment :: MacOS X :: Carbon',
    'Environment :: MacOS X :: Cocoa',
    'Environment :: No Input/Output (Daemon)',
    'Environment :: OpenStack',
    'Environment :: Other Environment',
    'Environment :: Plugins',
    'Environment :: Web Environment',
    'Environment :: Web Environment :: Buffet',
    'Environment :: Web Environment :: Mozilla',
    'Environment :: Web Environment :: ToscaWidgets',
    'Environment :: WebAssembly',
    'Environment :: WebAssembly :: Emscripten',
    'Environment :: WebAssembly :: WASI',
    'Environment :: Win32 (MS Windows)',
    'Environment :: X11 Applications',
    'Environment :: X11 Applications :: GTK',
    'Environment :: X11 Applications :: Gnome',
    'Environment :: X11 Applications :: KDE',
    'Environment :: X11 Applications :: Qt',
    'Framework :: AWS CDK',
    'Framework :: AWS CDK :: 1',
    'Framework :: AWS CDK :: 2',
    'Framework :: AiiDA',
    'Framework :: Ansible',
    'Framework :: AnyIO',
    'Framework :: Apache Airflow',
    'Framework :: Apache Airflow :: Provider',
    'Framework :: AsyncIO',
    'Framework :: BEAT',
    'Framework :: BFG',
    'Framework :: Bob',
    'Framework :: Bottle',
    'Framework :: Buildout',
    'Framework :: Buildout :: Extension',
    'Framework :: Buildout :: Recipe',
    'Framework :: CastleCMS',
    'Framework :: CastleCMS :: Theme',
    'Framework :: Celery',
    'Framework :: Chandler',
    'Framework :: CherryPy',
    'Framework :: CubicWeb',
    'Framework :: Dash',
    'Framework :: Datasette',
    'Framework :: Django',
    'Framework :: Django :: 1',
    'Framework :: Django :: 1.10',
    'Framework :: Django :: 1.11',
    'Framework :: Django :: 1.4',
    'Framework :: Django :: 1.5',
    'Framework :: Django :: 1.6',
    'Framework :: Django :: 1.7',
    'Framework :: Django :: 1.8',
    'Framework :: Django :: 1.9',
    'Framework :: Django :: 2',
    'Framework :: Django :: 2.0',
    'Framework :: Django :: 2.1',
    'Framework :: Django :: 2.2',
    'Framework :: Django :: 3',
    'Framework :: Django :: 3.0',
    'Framework :: Django :: 3.1',
    'Framework :: Django :: 3.2',
    'Framework :: Django :: 4',
    'Framework :: Django :: 4.0',
    'Framework :: Django :: 4.1',
    'Framework :: Django :: 4.2',
    'Framework :: Django :: 5',
    'Framework :: Django :: 5.0',
    'Framework :: Django :: 5.1',
    'Framework :: Django :: 5.2',
    'Framework :: Django :: 6',
    'Framework :: Django :: 6.0',
    'Framework :: Django :: 6.1',
    'Framework :: Django CMS',
    'Framework :: Django CMS :: 3.10',
    'Framework :: Django CMS :: 3.11',
    'Framework :: Django CMS :: 3.4',
    'Framework :: Django CMS :: 3.5',
    'Framework :: Django CMS :: 3.6',
    'Framework :: Django CMS :: 3.7',
    'Framework :: Django CMS :: 3.8',
    'Framework :: Django CMS :: 3.9',
    'Framework :: Django CMS :: 4.0',
    'Framework :: Django CMS :: 4.1',
    'Framework :: Django CMS :: 5.0',
    'Framework :: Django CMS :: 5.1',
    'Framework :: FastAPI',
    'Framework :: Flake8',
    'Framework :: Flask',
    'Framework :: Hatch',
    'Framework :: Hypothesis',
    'Framework :: IDLE',
    'Framework :: IPython',
    'Framework :: InvenTree',
    'Framework :: Jupyter',
    'Framework :: Jupyter :: JupyterLab',
    'Framework :: Jupyter :: JupyterLab :: 1',
    'Framework :: Jupyter :: JupyterLab :: 2',
    'Framework :: Jupyter :: JupyterLab :: 3',
    'Framework :: Jupyter :: JupyterLab :: 4',
    'Framework :: Jupyter :: JupyterLab :: Extensions',
    'Framework :: Jupyter :: JupyterLab :: Extensions :: Mime Renderers',
    'Framework :: Jupyter :: JupyterLab :: Extensions :: Prebuilt',
    'Framework :: Jupyter :: JupyterLab :: Extensions :: Themes',
    'Framework :: Kedro',
    'Framework :: Lektor',
    'Framework :: Litestar',
    'Framework :: Litestar :: 1',
    'Framework :: Litestar :: 2',
    'Framework :: Litestar :: 3',
    'Framework :: Masonite',
    'Framework :: Matplotlib',
    'Framework :: MkDocs',
    'Framework :: Nengo',
    'Framework :: Odoo',
    'Framework :: Odoo :: 10.0',
    'Framework :: Odoo :: 11.0',
    'Framework :: Odoo :: 12.0',
    'Framework :: Odoo :: 13.0',
    'Framework :: Odoo :: 14.0',
    'Framework :: Odoo :: 15.0',
    'Framework :: Odoo :: 16.0',
    'Framework :: Odoo :: 17.0',
    'Framework :: Odoo :: 18.0',
    'Framework :: Odoo :: 19.0',
    'Framework :: Odoo :: 20.0',
    'Framework :: Odoo :: 8.0',
    'Framework :: Odoo :: 9.0',
    'Framework :: OpenTelemetry',
    'Framework :: OpenTelemetry :: Distros',
    'Framework :: OpenTelemetry :: Exporters',
    'Framework :: OpenTelemetry :: Instrumentations',
    'Framework :: Opps',
    'Framework :: Paste',
    'Framework :: Pelican',
    'Framework :: Pelican :: Plugins',
    'Framework :: Pelican :: Themes',
    'Framework :: Plone',
    'Framework :: Plone :: 3.2',
    'Framework :: Plone :: 3.3',
    'Framework :: Plone :: 4.0',
    'Framework :: Plone :: 4.1',
    'Framework :: Plone :: 4.2',
    'Framework :: Plone :: 4.3',
    'Framework :: Plone :: 5.0',
    'Framework :: Plone :: 5.1',
    'Framework :: Plone :: 5.2',
    'Framework :: Plone :: 5.3',
    'Framework :: Plone :: 6.0',
    'Framework :: Plone :: 6.1',
    'Framework :: Plone :: 6.2',
    'Framework :: Plone :: 6.3',
    'Framework :: Plone :: Addon',
    'Framework :: Plone :: Core',
    'Framework :: Plone :: Distribution',
    'Framework :: Plone :: Theme',
    'Framework :: PySimpleGUI',
    'Framework :: PySimpleGUI :: 4',
    'Framework :: PySimpleGUI :: 5',
    'Framework :: Pycsou',
    'Framework :: Pydantic',
    'Framework :: Pydantic :: 1',
    'Framework :: Pydantic :: 2',
    'Framework :: Pylons',
    'Framework :: Pyodide',
    'Framework :: Pyramid',
    'Framework :: Pytest',
    'Framework :: Review Board',
    'Framework :: Robot Framework',
    'Framework :: Robot Framework :: Library',
    'Framework :: Robot Framework :: Tool',
    'Framework :: Scrapy',
    'Framework :: Setuptools Plugin',
    'Framework :: Sphinx',
    'Framework :: Sphinx :: Domain',
    'Framework :: Sphinx :: Extension',
    'Framework :: Sphinx :: Theme',
    'Framework :: Trac',
    'Framework :: Trio',
    'Framework :: Tryton',
    'Framework :: TurboGears',
    'Framework :: TurboGears :: Applications',
    'Framework :: TurboGears :: Widgets',
    'Framework :: Twisted',
    'Framework :: Wagtail',
    'Framework :: Wagtail :: 1',
    'Framework :: Wagtail :: 2',
    'Framework :: Wagtail :: 3',
    'Framework :: Wagtail :: 4',
    'Framework :: Wagtail :: 5',
    'Framework :: Wagtail :: 6',
    'Framework :: Wagtail :: 7',
    'Framework :: Wagtail :: 8',
    'Framework :: ZODB',
    'Framework :: Zope',
    'Framework :: Zope :: 2',
    'Framework :: Zope :: 3',
    'Framework :: Zope :: 4',
    'Framework :: Zope :: 5',
    'Framework :: Zope :: 6',
    'Framework :: Zope2',
    'Framework :: Zope3',
    'Framework :: aiohttp',
    'Framework :: cocotb',
    'Framework :: napari',
    'Framework :: tox',
    'Intended Audience :: Customer Service',
    'Intended Audience :: Developers',
    'Intended Audience :: Education',
    'Intended Audience :: End Users/Desktop',
    'Intended Audience :: Financial and Insurance Industry',
    'Intended Audience :: Healthcare Industry',
    'Intended Audience :: Information Technology',
    'Intended Audience :: Legal Industry',
    'Intended Audience :: Manufacturing',
    'Intended Audience :: Other Audience',
    'Intended Audience :: Religion',
    'Intended Audience :: Science/Research',
    'Intended Audience :: System Administrators',
    'Intended Audience :: Telecommunications Industry',
    'License :: Aladdin Free Public License (AFPL)',
    'License :: CC0 1.0 Universal (CC0 1.0) Public Domain Dedication',
    'License :: CeCILL-B Free Software License Agreement (CECILL-B)',
    'License :: CeCILL-C Free Software License Agreement (CECILL-C)',
    'License :: DFSG approved',
    'License :: Eiffel Forum License (EFL)',
    'License :: Free For Educational Use',
    'License :: Free For Home Use',
    'License :: Free To Use But Restricted',
    'License :: Free for non-commercial use',
    'License :: Freely Distributable',
    'License :: Freeware',
    'License :: GUST Font License 1.0',
    'License :: GUST Font License 2006-09-30',
    'License :: Netscape Public License (NPL)',
    'License :: Nokia Open Source License (NOKOS)',
    'License :: OSI Approved',
    'License :: OSI Approved :: Academic Free License (AFL)',
    'License :: OSI Approved :: Apache Software License',
    'License :: OSI Approved :: Apple Public Source License',
    'License :: OSI Approved :: Artistic License',
    'License :: OSI Approved :: Attribution Assurance License',
    'License :: OSI Approved :: BSD License',
    'License :: OSI Approved :: Blue Oak Model License (BlueOak-1.0.0)',
    'License :: OSI Approved :: Boost Software License 1.0 (BSL-1.0)',
    'License :: OSI Approved :: CEA CNRS Inria Logiciel Libre License, version 2.1 (CeCILL-2.1)',
    'License :: OSI Approved :: CMU License (MIT-CMU)',
    'License :: OSI Approved :: Common Development and Distribution License 1.0 (CDDL-1.0)',
    'License :: OSI Approved :: Common Public License',
    'License :: OSI Approved :: Eclipse Public License 1.0 (EPL-1.0)',
    'License :: OSI Approved :: Eclipse Public License 2.0 (EPL-2.0)',
    'License :: OSI Approved :: Educational Community License, Version 2.0 (ECL-2.0)',
    'License :: OSI Approved :: Eiffel Forum License',
    'License :: OSI Approved :: European Union Public Licence 1.0 (EUPL 1.0)',
    'License :: OSI Approved :: European Union Public Licence 1.1 (EUPL 1.1)',
    'License :: OSI Approved :: European Union Public Licence 1.2 (EUPL 1.2)',
    'License :: OSI Approved :: GNU Affero General Public License v3',
    'License :: OSI Approved :: GNU Affero General Public License v3 or later (AGPLv3+)',
    'License :: OSI Approved :: GNU Free Documentation License (FDL)',
    'License :: OSI Approved :: GNU General Public License (GPL)',
    'License :: OSI Approved :: GNU General Public License v2 (GPLv2)',
    'License :: OSI Approved :: GNU General Public License v2 or later (GPLv2+)',
    'License :: OSI Approved :: GNU General Public License v3 (GPLv3)',
    'License :: OSI Approved :: GNU General Public License v3 or later (GPLv3+)',
    'License :: OSI Approved :: GNU Lesser General Public License v2 (LGPLv2)',
    'License :: OSI Approved :: GNU Lesser General Public License v2 or later (LGPLv2+)',
    'License :: OSI Approved :: GNU Lesser General Public License v3 (LGPLv3)',
    'License :: OSI Approved :: GNU Lesser General Public License v3 or later (LGPLv3+)',
    'License :: OSI Approved :: GNU Library or Lesser General Public License (LGPL)',
    'License :: OSI Approved :: Historical Permission Notice and Disclaimer (HPND)',
    'License :: OSI Approved :: IBM Public License',
    'License :: OSI Approved :: ISC License (ISCL)',
    'License :: OSI Approved :: MIT License',
    'License :: OSI Approved :: MIT No Attribution License (MIT-0)',
    'License :: OSI Approved :: MirOS License (MirOS)',
    'License :: OSI Approved :: Motosoto License',
    'License :: OSI Approved :: Mozilla Public License 1.0 (MPL)',
    'License :: OSI Approved :: Mozilla Public License 1.1 (MPL 1.1)',
    'License :: OSI Approved :: Mozilla Public License 2.0 (MPL 2.0)',
    'License :: OSI Approved :: Mulan Permissive Software License v2 (MulanPSL-2.0)',
    'License :: OSI Approved :: NASA Open Source Agreement v1.3 (NASA-1.3)',
    'License :: OSI Approved :: Nethack General Public License',
    'License :: OSI Approved :: Nokia Open Source License',
    'License :: OSI Approved :: Open Group Test Suite License',
    'License :: OSI Approved :: Open Software License 3.0 (OSL-3.0)',
    'License :: OSI Approved :: PostgreSQL License',
    'License :: OSI Approved :: Python License (CNRI Python License)',
    'License :: OSI Approved :: Python Software Foundation License',
    'License :: OSI Approved :: Qt Public License (QPL)',
    'License :: OSI Approved :: Ricoh Source Code Public License',
    'License :: OSI Approved :: SIL Open Font License 1.1 (OFL-1.1)',
    'License :: OSI Approved :: Sleepycat License',
    'License :: OSI Approved :: Sun Public License',
    'License :: OSI Approved :: The Unlicense (Unlicense)',
    'License :: OSI Approved :: Universal Permissive License (UPL)',
    'License :: OSI Approved :: University of Illinois/NCSA Open Source License',
    'License :: OSI Approved :: Vovida Software License 1.0',
    'License :: OSI Approved :: W3C License',
    'License :: OSI Approved :: Zero-Clause BSD (0BSD)',
    'License :: OSI Approved :: Zope Public License',
    'License :: OSI Approved :: zlib/libpng License',
    'License :: Other/Proprietary License',
    'License :: Public Domain',
    'License :: Repoze Public License',
    'Natural Language :: Afrikaans',
    'Natural Language :: Arabic',
    'Natural Language :: Armenian',
    'Natural Language :: Basque',
    'Natural Language :: Bengali',
    'Natural Language :: Bosnian',
    'Natural Language :: Bulgarian',
    'Natural Language :: Cantonese',
    'Natural Language :: Catalan',
    'Natural Language :: Catalan (Valencian)',
    'Natural Language :: Chinese (Simplified)',
    'Natural Language :: Chinese (Traditional)',
    'Natural Language :: Croatian',
    'Natural Language :: Czech',
    'Natural Language :: Danish',
    'Natural Language :: Dutch',
    'Natural Language :: English',
    'Natural Language :: Esperanto',
    'Natural Language :: Estonian',
    'Natural Language :: Finnish',
    'Natural Language :: French',
    'Natural Language :: Galician',
    'Natural Language :: Georgian',
    'Natural Language :: German',
    'Natural Language :: Greek',
    'Natural Language :: Hebrew',
    'Natural Language :: Hindi',
    'Natural Language :: Hungarian',
    'Natural Language :: Icelandic',
    'Natural Language :: Indonesian',
    'Natural Language :: Irish',
    'Natural Language :: Italian',
    'Natural Language :: Japanese',
    'Natural Language :: Javanese',
    'Natural Language :: Korean',
    'Natural Language :: Latin',
    'Natural Language :: Latvian',
    'Natural Language :: Lithuanian',
    'Natural Language :: Macedonian',
    'Natural Language :: Malay',
    'Natural Language :: Marathi',
    'Natural Language :: Nepali',
    'Natural Language :: Norwegian',
    'Natural Language :: Panjabi',
    'Natural Language :: Persian',
    'Natural Language :: Polish',
    'Natural Language :: Portuguese',
    'Natural Language :: Portuguese (Brazilian)',
    'Natural Language :: Romanian',
    'Natural Language :: Russian',
    'Natural Language :: Serbian',
    'Natural Language :: Slovak',
    'Natural Language :: Slovenian',
    'Natural Language :: Spanish',
    'Natural Language :: Swedish',
    'Natural Language :: Tamil',
    'Natural Language :: Telugu',
    'Natural Language :: Thai',
    'Natural Language :: Tibetan',
    'Natural Language :: Turkish',
    'Natural Language :: Ukrainian',
    'Natural Language :: Urdu',
    'Natural Language :: Vietnamese',
    'Natural Language :: Yiddish',
    'Operating System :: Android',
    'Operating System :: BeOS',
    'Operating System :: MacOS',
    'Operating System :: MacOS :: MacOS 9',
    'Operating System :: MacOS :: MacOS X',
    'Operating System :: Microsoft',
    'Operating System :: Microsoft :: MS-DOS',
    'Operating System :: Microsoft :: Windows',
    'Operating System :: Microsoft :: Windows :: Windows 10',
    'Operating System :: Microsoft :: Windows :: Windows 11',
    'Operating System :: Microsoft :: Windows :: Windows 3.1 or Earlier',
    'Operating System :: Microsoft :: Windows :: Windows 7',
    'Operating System :: Microsoft :: Windows :: Windows 8',
    'Operating System :: Microsoft :: Windows :: Windows 8.1',
    'Operating System :: Microsoft :: Windows :: Windows 95/98/2000',
    'Operating System :: Microsoft :: Windows :: Windows CE',
    'Operating System :: Microsoft :: Windows :: Windows NT/2000',
    'Operating System :: Microsoft :: Windows :: Windows Server 2003',
    'Operating System :: Microsoft :: Windows :: Windows Server 2008',
    'Operating System :: Microsoft :: Windows :: Windows Vista',
    'Operating System :: Microsoft :: Windows :: Windows XP',
    'Operating System :: OS Independent',
    'Operating System :: OS/2',
    'Operating System :: Other OS',
    'Operating System :: PDA Systems',
    'Operating System :: POSIX',
    'Operating System :: POSIX :: AIX',
    'Operating System :: POSIX :: BSD',
    'Operating System :: POSIX :: BSD :: BSD/OS',
    'Operating System :: POSIX :: BSD :: FreeBSD',
    'Operating System :: POSIX :: BSD :: NetBSD',
    'Operating System :: POSIX :: BSD :: OpenBSD',
    'Operating System :: POSIX :: GNU Hurd',
    'Operating System :: POSIX :: HP-UX',
    'Operating System :: POSIX :: IRIX',
    'Operating System :: POSIX :: Linux',
    'Operating System :: POSIX :: Other',
    'Operating System :: POSIX :: SCO',
    'Operating System :: POSIX :: SunOS/Solaris',
    'Operating System :: PalmOS',
    'Operating System :: RISC OS',
    'Operating System :: Unix',
    'Operating System :: iOS',
    'Programming Language :: APL',
    'Programming Language :: ASP',
    'Programming Language :: Ada',
    'Programming Language :: Assembly',
    'Programming Language :: Awk',
    'Programming Language :: Basic',
    'Programming Language :: C',
    'Programming Language :: C#',
    'Programming Language :: C++',
    'Programming Language :: Cold Fusion',
    'Programming Language :: Cython',
    'Programming Language :: D',
    'Programming Language :: Delphi/Kylix',
    'Programming Language :: Dylan',
    'Programming Language :: Eiffel',
    'Programming Language :: Emacs-Lisp',
    'Programming Language :: Erlang',
    'Programming Language :: Euler',
    'Programming Language :: Euphoria',
    'Programming Language :: F#',
    'Programming Language :: Forth',
    'Programming Language :: Fortran',
    'Programming Language :: Go',
    'Programming Language :: Haskell',
    'Programming Language :: Hy',
    'Programming Language :: Java',
    'Programming Language :: JavaScript',
    'Programming Language :: Kotlin',
    'Programming Language :: Lisp',
    'Programming Language :: Logo',
    'Programming Language :: Lua',
    'Programming Language :: ML',
    'Programming Language :: Modula',
    'Programming Language :: OCaml',
    'Programming Language :: Object Pascal',
    'Programming Language :: Objective C',
    'Programming Language :: Other',
    'Programming Language :: Other Scripting Engines',
    'Programming Language :: PHP',
    'Programming Language :: PL/SQL',
    'Programming Language :: PROGRESS',
    'Programming Language :: Pascal',
    'Programming Language :: Perl',
    'Programming Language :: Pike',
    'Programming Language :: Pliant',
    'Programming Language :: Prolog',
    'Programming Language :: Python',
    'Programming Language :: Python :: 2',
    'Programming Language :: Python :: 2 :: Only',
    'Programming Language :: Python :: 2.3',
    'Programming Language :: Python :: 2.4',
    'Programming Language :: Python :: 2.5',
    'Programming Language :: Python :: 2.6',
    'Programming Language :: Python :: 2.7',
    'Programming Language :: Python :: 3',
    'Programming Language :: Python :: 3 :: Only',
    'Programming Language :: Python :: 3.0',
    'Programming Language :: Python :: 3.1',
    'Programming Language :: Python :: 3.10',
    'Programming Language :: Python :: 3.11',
    'Programming Language :: Python :: 3.12',
    'Programming Language :: Python :: 3.13',
    'Programming Language :: Python :: 3.14',
    'Programming Language :: Python :: 3.15',
    'Programming Language :: Python :: 3.16',
    'Programming Language :: Python :: 3.2',
    'Programming Language :: Python :: 3.3',
    'Programming Language :: Python :: 3.4',
    'Programming Language :: Python :: 3.5',
    'Programming Language :: Python :: 3.6',
    'Programming Language :: Python :: 3.7',
    'Programming Language :: Python :: 3.8',
    'Programming Language :: Python :: 3.9',
    'Programming Language :: Python :: Free Threading',
    'Programming Language :: Python :: Free Threading :: 1 - Unstable',
    'Programming Language :: Python :: Free Threading :: 2 - Beta',
    'Programming Language :: Python :: Free Threading :: 3 - Stable',
    'Programming Language :: Python :: Free Threading :: 4 - Resilient',
    'Programming Language :: Python :: Implementation',
    'Programming Language :: Python :: Implementation :: CPython',
    'Programming Language :: Python :: Implementation :: GraalPy',
    'Programming Language :: Python :: Implementation :: IronPython',
    'Programming Language :: Python :: Implementation :: Jython',
    'Programming Language :: Python :: Implementation :: MicroPython',
    'Programming Language :: Python :: Implementation :: PyPy',
    'Programming Language :: Python :: Implementation :: Stackless',
    'Programming Language :: R',
    'Programming Language :: REBOL',
    'Programming Language :: Rexx',
    'Programming Language :: Ruby',
    'Programming Language :: Rust',
    'Programming Language :: SQL',
    'Programming Language :: Scheme',
    'Programming Language :: Simula',
    'Programming Language :: Smalltalk',
    'Programming Language :: Tcl',
    'Programming Language :: Unix Shell',
    'Programming Language :: Visual Basic',
    'Programming Language :: XBasic',
    'Programming Language :: YACC',
    'Programming Language :: Zig',
    'Programming Language :: Zope',
    'Topic :: Adaptive Technologies',
    'Topic :: Artistic Software',
    'Topic :: Communications',
    'Topic :: Communications :: BBS',
    'Topic :: Communications :: Chat',
    'Topic :: Communications :: Chat :: ICQ',
    'Topic :: Communications :: Chat :: Internet Relay Chat',
    'Topic :: Communications :: Chat :: Unix Talk',
    'Topic :: Communications :: Conferencing',
    'Topic :: Communications :: Email',
    'Topic :: Communications :: Email :: Address Book',
    'Topic :: Communications :: Email :: Email Clients (MUA)',
    'Topic :: Communications :: Email :: Filters',
    'Topic :: Communications :: Email :: Mail Transport Agents',
    'Topic :: Communications :: Email :: Mailing List Servers',
    'Topic :: Communications :: Email :: Post-Office',
    'Topic :: Communications :: Email :: Post-Office :: IMAP',
    'Topic :: Communications :: Email :: Post-Office :: POP3',
    'Topic :: Communications :: FIDO',
    'Topic :: Communications :: Fax',
    'Topic :: Communications :: File Sharing',
    'Topic :: Communications :: File Sharing :: Gnutella',
    'Topic :: Communications :: File Sharing :: Napster',
    'Topic :: Communications :: Ham Radio',
    'Topic :: Communications :: Internet Phone',
    'Topic :: Communications :: Telephony',
    'Topic :: Communications :: Usenet News',
    'Topic :: Database',
    'Topic :: Database :: Database Engines/Servers',
    'Topic :: Database :: Front-Ends',
    'Topic :: Desktop Environment',
    'Topic :: Desktop Environment :: File Managers',
    'Topic :: Desktop Environment :: GNUstep',
    'Topic :: Desktop Environment :: Gnome',
    'Topic :: Desktop Environment :: K Desktop Environment (KDE)',
    'Topic :: Desktop Environment :: K Desktop Environment (KDE) :: Themes',
    'Topic :: Desktop Environment :: PicoGUI',
    'Topic :: Desktop Environment :: PicoGUI :: Applications',
    'Topic :: Desktop Environment :: PicoGUI :: Themes',
    'Topic :: Desktop Environment :: Screen Savers',
    'Topic :: Desktop Environment :: Window Managers',
    'Topic :: Desktop Environment :: Window Managers :: Afterstep',
    'Topic :: Desktop Environment :: Window Managers :: Afterstep :: Themes',
    'Topic :: Desktop Environment :: Window Managers :: Applets',
    'Topic :: Desktop Environment :: Window Managers :: Blackbox',
    'Topic :: Desktop Environment :: Window Managers :: Blackbox :: Themes',
    'Topic :: Desktop Environment :: Window Managers :: CTWM',
    'Topic :: Desktop Environment :: Window Managers :: CTWM :: Themes',
    'Topic :: Desktop Environment :: Window Managers :: Enlightenment',
    'Topic :: Desktop Environment :: Window Managers :: Enlightenment :: Epplets',
    'Topic :: Desktop Environment :: Window Managers :: Enlightenment :: Themes DR15',
    'Topic :: Desktop Environment :: Window Managers :: Enlightenment :: Themes DR16',
    'Topic :: Desktop Environment :: Window Managers :: Enlightenment :: Themes DR17',
    'Topic :: Desktop Environment :: Window Managers :: FVWM',
    'Topic :: Desktop Environment :: Window Managers :: FVWM :: Themes',
    'Topic :: Desktop Environment :: Window Managers :: Fluxbox',
    'Topic :: Desktop Environment :: Window Managers :: Fluxbox :: Themes',
    'Topic :: Desktop Environment :: Window Managers :: IceWM',
    'Topic :: Desktop Environment :: Window Managers :: IceWM :: Themes',
    'Topic :: Desktop Environment :: Window Managers :: MetaCity',
    'Topic :: Desktop Environment :: Window Managers :: MetaCity :: Themes',
    'Topic :: Desktop Environment :: Window Managers :: Oroborus',
    'Topic :: Desktop Environment :: Window Managers :: Oroborus :: Themes',
    'Topic :: Desktop Environment :: Window Managers :: Sawfish',
    'Topic :: Desktop Environment :: Window Managers :: Sawfish :: Themes 0.30',
    'Topic :: Desktop Environment :: Window Managers :: Sawfish :: Themes pre-0.30',
    'Topic :: Desktop Environment :: Window Managers :: Waimea',
    'Topic :: Desktop Environment :: Window Managers :: Waimea :: Themes',
    'Topic :: Desktop Environment :: Window Managers :: Window Maker',
    'Topic :: Desktop Environment :: Window Managers :: Window Maker :: Applets',
    'Topic :: Desktop Environment :: Window Managers :: Window Maker :: Themes',
    'Topic :: Desktop Environment :: Window Managers :: XFCE',
    'Topic :: Desktop Environment :: Window Managers :: XFCE :: Themes',
    'Topic :: Documentation',
    'Topic :: Documentation :: Sphinx',
    'Topic :: Education',
    'Topic :: Education :: Computer Aided Instruction (CAI)',
    'Topic :: Education :: Testing',
    'Topic :: File Formats',
    'Topic :: File Formats :: JSON',
    'Topic :: File Formats :: JSON :: JSON Schema',
    'Topic :: Games/Entertainment',
    'Topic :: Games/Entertainment :: Arcade',
    'Topic :: Games/Entertainment :: Board Games',
    'Topic :: Games/Entertainment :: First Person Shooters',
    'Topic :: Games/Entertainment :: Fortune Cookies',
    'Topic :: Games/Entertainment :: Multi-User Dungeons (MUD)',
    'Topic :: Games/Entertainment :: Puzzle Games',
    'Topic :: Games/Entertainment :: Real Time Strategy',
    'Topic :: Games/Entertainment :: Role-Playing',
    'Topic :: Games/Entertainment :: Side-Scrolling/Arcade Games',
    'Topic :: Games/Entertainment :: Simulation',
    'Topic :: Games/Entertainment :: Turn Based Strategy',
    'Topic :: Home Automation',
    'Topic :: Internet',
    'Topic :: Internet :: File Transfer Protocol (FTP)',
    'Topic :: Internet :: Finger',
    'Topic :: Internet :: Log Analysis',
    'Topic :: Internet :: Name Service (DNS)',
    'Topic :: Internet :: Proxy Servers',
    'Topic :: Internet :: WAP',
    'Topic :: Internet :: WWW/HTTP',
    'Topic :: Internet :: WWW/HTTP :: Browsers',
    'Topic :: Internet :: WWW/HTTP :: Dynamic Content',
    'Topic :: Internet :: WWW/HTTP :: Dynamic Content :: CGI Tools/Libraries',
    'Topic :: Internet :: WWW/HTTP :: Dynamic Content :: Content Management System',
    'Topic :: Internet :: WWW/HTTP :: Dynamic Content :: Message Boards',
    'Topic :: Internet :: WWW/HTTP :: Dynamic Content :: News/Diary',
    'Topic :: Internet :: WWW/HTTP :: Dynamic Content :: Page Counters',
    'Topic :: Internet :: WWW/HTTP :: Dynamic Content :: Wiki',
    'Topic :: Internet :: WWW/HTTP :: HTTP Servers',
    'Topic :: Internet :: WWW/HTTP :: Indexing/Search',
    'Topic :: Internet :: WWW/HTTP :: Session',
    'Topic :: Internet :: WWW/HTTP :: Site Management',
    'Topic :: Internet :: WWW/HTTP :: Site Management :: Link Checking',
    'Topic :: Internet :: WWW/HTTP :: WSGI',
    'Topic :: Internet :: WWW/HTTP :: WSGI :: Application',
    'Topic :: Internet :: WWW/HTTP :: WSGI :: Middleware',
    'Topic :: Internet :: WWW/HTTP :: WSGI :: Server',
    'Topic :: Internet :: XMPP',
    'Topic :: Internet :: Z39.50',
    'Topic :: Multimedia',
    'Topic :: Multimedia :: Graphics',
    'Topic :: Multimedia :: Graphics :: 3D Modeling',
    'Topic :: Multimedia :: Graphics :: 3D Rendering',
    'Topic :: Multimedia :: Graphics :: Capture',
    'Topic :: Multimedia :: Graphics :: Capture :: Digital Camera',
    'Topic :: Multimedia :: Graphics :: Capture :: Scanners',
    'Topic :: Multimedia :: Graphics :: Capture :: Screen Capture',
    'Topic :: Multimedia :: Graphics :: Editors',
    'Topic :: Multimedia :: Graphics :: Editors :: Raster-Based',
    'Topic :: Multimedia :: Graphics :: Editors :: Vector-Based',
    'Topic :: Multimedia :: Graphics :: Graphics Conversion',
    'Topic :: Multimedia :: Graphics :: Presentation',
    'Topic :: Multimedia :: Graphics :: Viewers',
    'Topic :: Multimedia :: Sound/Audio',
    'Topic :: Multimedia :: Sound/Audio :: Analysis',
    'Topic :: Multimedia :: Sound/Audio :: CD Audio',
    'Topic :: Multimedia :: Sound/Audio :: CD Audio :: CD Playing',
    'Topic :: Multimedia :: Sound/Audio :: CD Audio :: CD Ripping',
    'Topic :: Multimedia :: Sound/Audio :: CD Audio :: CD Writing',
    'Topic :: Multimedia :: Sound/Audio :: Capture/Recording',
    'Topic :: Multimedia :: Sound/Audio :: Conversion',
    'Topic :: Multimedia :: Sound/Audio :: Editors',
    'Topic :: Multimedia :: Sound/Audio :: MIDI',
    'Topic :: Multimedia :: Sound/Audio :: Mixers',
    'Topic :: Multimedia :: Sound/Audio :: Players',
    'Topic :: Multimedia :: Sound/Audio :: Players :: MP3',
    'Topic :: Multimedia :: Sound/Audio :: Sound Synthesis',
    'Topic :: Multimedia :: Sound/Audio :: Speech',
    'Topic :: Multimedia :: Video',
    'Topic :: Multimedia :: Video :: Capture',
    'Topic :: Multimedia :: Video :: Conversion',
    'Topic :: Multimedia :: Video :: Display',
    'Topic :: Multimedia :: Video :: Non-Linear Editor',
    'Topic :: Office/Business',
    'Topic :: Office/Business :: Financial',
    'Topic :: Office/Business :: Financial :: Accounting',
    'Topic :: Office/Business :: Financial :: Investment',
    'Topic :: Office/Business :: Financial :: Point-Of-Sale',
    'Topic :: Office/Business :: Financial :: Spreadsheet',
    'Topic :: Office/Business :: Groupware',
    'Topic :: Office/Business :: News/Diary',
    'Topic :: Office/Business :: Office Suites',
    'Topic :: Office/Business :: Scheduling',
    'Topic :: Other/Nonlisted Topic',
    'Topic :: Printing',
    'Topic :: Religion',
    'Topic :: Scientific/Engineering',
    'Topic :: Scientific/Engineering :: Artificial Intelligence',
    'Topic :: Scientific/Engineering :: Artificial Life',
    'Topic :: Scientific/Engineering :: Astronomy',
    'Topic :: Scientific/Engineering :: Atmospheric Science',
    'Topic :: Scientific/Engineering :: Bio-Informatics',
    'Topic :: Scientific/Engineering :: Chemistry',
    'Topic :: Scientific/Engineering :: Electronic Design Automation (EDA)',
    'Topic :: Scientific/Engineering :: GIS',
    'Topic :: Scientific/Engineering :: Human Machine Interfaces',
    'Topic :: Scientific/Engineering :: Hydrology',
    'Topic :: Scientific/Engineering :: Image Processing',
    'Topic :: Scientific/Engineering :: Image Recognition',
    'Topic :: Scientific/Engineering :: Information Analysis',
    'Topic :: Scientific/Engineering :: Instrument Drivers',
    'Topic :: Scientific/Engineering :: Instrument Drivers :: IVI Conformant',
    'Topic :: Scientific/Engineering :: Interface Engine/Protocol Translator',
    'Topic :: Scientific/Engineering :: Mathematics',
    'Topic :: Scientific/Engineering :: Medical Science Apps.',
    'Topic :: Scientific/Engineering :: Oceanography',
    'Topic :: Scientific/Engineering :: Physics',
    'Topic :: Scientific/Engineering :: Quantum Computing',
    'Topic :: Scientific/Engineering :: Visualization',
    'Topic :: Security',
    'Topic :: Security :: Cryptography',
    'Topic :: Sociology',
    'Topic :: Sociology :: Genealogy',
    'Topic :: Sociology :: History',
    'Topic :: Software Development',
    'Topic :: Software Development :: Assemblers',
    'Topic :: Software Development :: Bug Tracking',
    'Topic :: Software Development :: Build Tools',
    'Topic :: Software Development :: Code Generators',
    'Topic :: Software Development :: Compilers',
    'Topic :: Software Development :: Debuggers',
    'Topic :: Software Development :: Disassemblers',
    'Topic :: Software Development :: Documentation',
    'Topic :: Software Development :: Embedded Systems',
    'Topic :: Software Development :: Embedded Systems :: Controller Area Network (CAN)',
    'Topic :: Software Development :: Embedded Systems :: Controller Area Network (CAN) :: CANopen',
    'Topic :: Software Development :: Embedded Systems :: Controller Area Network (CAN) :: J1939',
    'Topic :: Software Development :: Internationalization',
    'Topic :: Software Development :: Interpreters',
    'Topic :: Software Development :: Libraries',
    'Topic :: Software Development :: Libraries :: Application Frameworks',
    'Topic :: Software Development :: Libraries :: Java Libraries',
    'Topic :: Software Development :: Libraries :: PHP Classes',
    'Topic :: Software Development :: Libraries :: Perl Modules',
    'Topic :: Software Development :: Libraries :: Pike Modules',
    'Topic :: Software Development :: Libraries :: Python Modules',
    'Topic :: Software Development :: Libraries :: Ruby Modules',
    'Topic :: Software Development :: Libraries :: Tcl Extensions',
    'Topic :: Software Development :: Libraries :: pygame',
    'Topic :: Software Development :: Localization',
    'Topic :: Software Development :: Object Brokering',
    'Topic :: Software Development :: Object Brokering :: CORBA',
    'Topic :: Software Development :: Pre-processors',
    'Topic :: Software Development :: Quality Assurance',
    'Topic :: Software Development :: Testing',
    'Topic :: Software Development :: Testing :: Acceptance',
    'Topic :: Software Development :: Testing :: BDD',
    'Topic :: Software Development :: Testing :: Mocking',
    'Topic :: Software Development :: Testing :: Traffic Generation',
    'Topic :: Software Development :: Testing :: Unit',
    'Topic :: Software Development :: User Interfaces',
    'Topic :: Software Development :: Version Control',
    'Topic :: Software Development :: Version Control :: Bazaar',
    'Topic :: Software Development :: Version Control :: CVS',
    'Topic :: Software Development :: Version Control :: Git',
    'Topic :: Software Development :: Version Control :: Mercurial',
    'Topic :: Software Development :: Version Control :: RCS',
    'Topic :: Software Development :: Version Control :: SCCS',
    'Topic :: Software Development :: Widget Sets',
    'Topic :: System',
    'Topic :: System :: Archiving',
    'Topic :: System :: Archiving :: Backup',
    'Topic :: System :: Archiving :: Compression',
    'Topic :: System :: Archiving :: Mirroring',
    'Topic :: System :: Archiving :: Packaging',
    'Topic :: System :: Benchmark',
    'Topic :: System :: Boot',
    'Topic :: System :: Boot :: Init',
    'Topic :: System :: Clustering',
    'Topic :: System :: Console Fonts',
    'Topic :: System :: Distributed Computing',
    'Topic :: System :: Emulators',
    'Topic :: System :: Filesystems',
    'Topic :: System :: Hardware',
    'Topic :: System :: Hardware :: Hardware Drivers',
    'Topic :: System :: Hardware :: Mainframes',
    'Topic :: System :: Hardware :: Symmetric Multi-processing',
    'Topic :: System :: Hardware :: Universal Serial Bus (USB)',
    'Topic :: System :: Hardware :: Universal Serial Bus (USB) :: Audio',
    'Topic :: System :: Hardware :: Universal Serial Bus (USB) :: Audio/Video (AV)',
    'Topic :: System :: Hardware :: Universal Serial Bus (USB) :: Communications Device Class (CDC)',
    'Topic :: System :: Hardware :: Universal Serial Bus (USB) :: Diagnostic Device',
    'Topic :: System :: Hardware :: Universal Serial Bus (USB) :: Hub',
    'Topic :: System :: Hardware :: Universal Serial Bus (USB) :: Human Interface Device (HID)',
    'Topic :: System :: Hardware :: Universal Serial Bus (USB) :: Mass Storage',
    'Topic :: System :: Hardware :: Universal Serial Bus (USB) :: Miscellaneous',
    'Topic :: System :: Hardware :: Universal Serial Bus (USB) :: Printer',
    'Topic :: System :: Hardware :: Universal Serial Bus (USB) :: Smart Card',
    'Topic :: System :: Hardware :: Universal Serial Bus (USB) :: Vendor',
    'Topic :: System :: Hardware :: Universal Serial Bus (USB) :: Video (UVC)',
    'Topic :: System :: Hardware :: Universal Serial Bus (USB) :: Wireless Controller',
    'Topic :: System :: Installation/Setup',
    'Topic :: System :: Logging',
    'Topic :: System :: Monitoring',
    'Topic :: System :: Networking',
    'Topic :: System :: Networking :: Firewalls',
    'Topic :: System :: Networking :: Monitoring',
    'Topic :: System :: Networking :: Monitoring :: Hardware Watchdog',
    'Topic :: System :: Networking :: Time Synchronization',
    'Topic :: System :: Operating System',
    'Topic :: System :: Operating System Kernels',
    'Topic :: System :: Operating System Kernels :: BSD',
    'Topic :: System :: Operating System Kernels :: GNU Hurd',
    'Topic :: System :: Operating System Kernels :: Linux',
    'Topic :: System :: Power (UPS)',
    'Topic :: System :: Recovery Tools',
    'Topic :: System :: Shells',
    'Topic :: System :: Software Distribution',
    'Topic :: System :: System Shells',
    'Topic :: System :: Systems Administration',
    'Topic :: System :: Systems Administration :: Authentication/Directory',
    'Topic :: System :: Systems Administration :: Authentication/Directory :: LDAP',
    'Topic :: System :: Systems Administration :: Authentication/Directory :: NIS',
    'Topic :: Terminals',
    'Topic :: Terminals :: Serial',
    'Topic :: Terminals :: Telnet',
    'Topic :: Terminals :: Terminal Emulators/X Terminals',
    'Topic :: Text Editors',
    'Topic :: Text Editors :: Documentation',
    'Topic :: Text Editors :: Emacs',
    'Topic :: Text Editors :: Integrated Development Environments (IDE)',
    'Topic :: Text Editors :: Text Processing',
    'Topic :: Text Editors :: Word Processors',
    'Topic :: Text Processing',
    'Topic :: Text Processing :: Filters',
    'Topic :: Text Processing :: Fonts',
    'Topic :: Text Processing :: General',
    'Topic :: Text Processing :: Indexing',
    'Topic :: Text Processing :: Linguistic',
    'Topic :: Text Processing :: Markup',
    'Topic :: Text Processing :: Markup :: HTML',
    'Topic :: Text Processing :: Markup :: LaTeX',
    'Topic :: Text Processing :: Markup :: Markdown',
    'Topic :: Text Processing :: Markup :: SGML',
    'Topic :: Text Processing :: Markup :: VRML',
    'Topic :: Text Processing :: Markup :: XML',
    'Topic :: Text Processing :: Markup :: reStructuredText',
    'Topic :: Utilities',
    'Typing :: Stubs Only',
    'Typing :: Typed',
];
/** Classifiers PyPI rejects as deprecated, each with its replacements (possibly none). */
const DEPRECATED_CLASSIFIERS = {
    'Framework :: Django CMS :: 4.2': ['Framework :: Django CMS :: 5.0'],
    'License :: OSI Approved :: Intel Open Source License': [],
    'License :: OSI Approved :: Jabber Open Source License': [],
    'License :: OSI Approved :: MITRE Collaborative Virtual Workspace License (CVW)': [],
    'License :: OSI Approved :: Sun Industry Standards Source License (SISSL)': [],
    'License :: OSI Approved :: X.Net License': [],
    'Natural Language :: Ukranian': ['Natural Language :: Ukrainian'],
    'Topic :: Communications :: Chat :: AOL Instant Messenger': [],
};


/***/ }),

/***/ 75647:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Sq: () => (/* binding */ asTwineSendsIt),
  lO: () => (/* binding */ coreMetadataFindings),
  jc: () => (/* binding */ fixFor),
  lD: () => (/* binding */ writtenName)
});

// EXTERNAL MODULE: ./packages/core/src/names/index.ts
var names = __webpack_require__(40522);
// EXTERNAL MODULE: ./packages/core/src/pep440/index.ts + 5 modules
var pep440 = __webpack_require__(65095);
// EXTERNAL MODULE: ./packages/core/src/pep440/whitespace.ts
var whitespace = __webpack_require__(63468);
// EXTERNAL MODULE: ./packages/core/src/distfiles/findings.ts
var findings = __webpack_require__(31027);
;// CONCATENATED MODULE: ./packages/core/src/distfiles/metadata/content-type.ts
/**
 * Description-Content-Type read as packaging reads it, through Python's email header parser: a
 * `type/subtype` and `; name=value` parameters. The defects Python reports for the common mistakes
 * are reproduced so the message says what is wrong.
 */
const TOKEN = /^[!#$%&'*+.^_`{|}~0-9A-Za-z-]+$/;
/** Splits on `;` outside double quotes. */
function splitParams(text) {
    const parts = [];
    let current = '';
    let quoted = false;
    for (const ch of text) {
        if (ch === '"')
            quoted = !quoted;
        if (ch === ';' && !quoted) {
            parts.push(current);
            current = '';
        }
        else
            current += ch;
    }
    parts.push(current);
    return parts;
}
/** Parses a Content-Type value; `type` is `text/plain` when Python could not read one. */
function parseContentType(value) {
    const [head = '', ...rest] = splitParams(value);
    const params = new Map();
    // Python keeps spaces around '/' in the type (`text / markdown`), which then matches no known type.
    const m = /^\s*([^\s/;]+)(\s*\/\s*)([!#$%&'*+.^_`{|}~0-9A-Za-z-]*)(.*)$/s.exec(head);
    if (!m || !TOKEN.test(m[1]) || m[3] === '') {
        return { type: 'text/plain', params, defect: 'Invalid content type' };
    }
    const type = `${m[1]}${m[2]}${m[3]}`.toLowerCase();
    const trailing = m[4].replace(/^[ \t]+/, '');
    if (trailing !== '') {
        return { type, params, defect: `Only parameters are valid after content type, but found '${trailing}'` };
    }
    let defect;
    for (const part of rest) {
        if (part.trim() === '')
            continue;
        const eq = part.indexOf('=');
        if (eq < 0) {
            defect ??= `Parameter contains name (${part}) but no value`;
            continue;
        }
        const name = part.slice(0, eq).trim().toLowerCase();
        let raw = part.slice(eq + 1).trim();
        if (raw === '' || name === '') {
            defect ??= `invalid parameter ${part.trim()}`;
            continue;
        }
        if (raw.startsWith('"')) {
            if (raw.length < 2 || !raw.endsWith('"'))
                defect ??= 'end of header inside quoted string';
            raw = raw.replace(/^"|"$/g, '');
        }
        else if (/\s/.test(raw)) {
            defect ??= `parameter with invalid trailing text ${raw}`;
            raw = raw.split(/\s/)[0];
        }
        if (params.has(name))
            defect ??= 'duplicate parameter name; duplicate(s) ignored';
        else
            params.set(name, raw);
    }
    return defect === undefined ? { type, params } : { type, params, defect };
}

// EXTERNAL MODULE: ./packages/core/src/distfiles/metadata/fields.ts
var fields = __webpack_require__(47330);
// EXTERNAL MODULE: ./packages/core/src/distfiles/python-text.ts
var python_text = __webpack_require__(95079);
// EXTERNAL MODULE: ./packages/core/src/pep508/index.ts + 1 modules
var pep508 = __webpack_require__(61150);
// EXTERNAL MODULE: ./packages/core/src/distfiles/metadata/rules.ts
var rules = __webpack_require__(8696);
// EXTERNAL MODULE: ./packages/core/src/distfiles/metadata/spdx.ts + 4 modules
var spdx = __webpack_require__(40872);
;// CONCATENATED MODULE: ./packages/core/src/distfiles/metadata/validate-core.ts
/**
 * What twine 7 rejects in METADATA / PKG-INFO, as packaging 26's `Metadata.from_raw` validates it
 * after twine's own steps: leftovers of `parse_email` fail first, and setuptools' License-File
 * below Metadata 2.4 is dropped silently. Unlike twine, every problem is reported, not the first batch.
 */










const TWINE = 'Invalid distribution metadata: ';
// packaging's _LINE_BOUNDARY_RE: every str.splitlines() boundary.
const LINE_BOUNDARY = /\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/;
const CONTENT_TYPES = ['text/plain', 'text/x-rst', 'text/markdown'];
const MARKDOWN_VARIANTS = ['GFM', 'CommonMark'];
// keyword.kwlist (soft keywords such as `match` are valid import names).
const PYTHON_KEYWORDS = new Set([
    ...['False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def'],
    ...['del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is'],
    ...['lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield'],
]);
const IDENTIFIER = /^[\p{XID_Start}_]\p{XID_Continue}*$/u;
/** The header as written in the file (first occurrence), else the specification's spelling. */
function writtenName(parsed, header) {
    return (parsed.headerNames.get(header.toLowerCase()) ??
        fields/* FIELD_BY_HEADER */.v8.get(header.toLowerCase())?.header ??
        header);
}
/** `<Field as written> comes from <where it is set>: <what to do>`. */
function fixFor(parsed, spec, action) {
    return `${writtenName(parsed, spec.header)} comes from ${spec.setIn}: ${action}`;
}
function report(ctx, rule, key, text, action) {
    const spec = fields/* FIELD_BY_KEY */.NK.get(key);
    ctx.findings.push((0,findings/* finding */.g)(rule, `${writtenName(ctx.parsed, spec.header)}: ${TWINE}${text}`, fixFor(ctx.parsed, spec, action)));
}
function emailName(key) {
    return fields/* FIELD_BY_KEY */.NK.get(key).header.toLowerCase();
}
function invalidFor(value, key) {
    return `${(0,python_text/* pyRepr */.n3)(value)} is invalid for ${(0,python_text/* pyRepr */.n3)(emailName(key))}`;
}
/** Why a field is in `unparsed`, said plainly. */
function unparsedReason(name, values) {
    const spec = fields/* FIELD_BY_HEADER */.v8.get(name);
    if (!spec) {
        return {
            why: 'it is not a core metadata field',
            action: 'remove it: a build backend plugin or setup() keyword added a field the core metadata specification does not have (or upgrade twine if it is a field newer than your twine)',
        };
    }
    if (spec.key === 'project_urls') {
        const labels = values.map((v) => (0,whitespace/* pyStrip */.m)(v.split(',')[0]));
        const repeated = labels.find((l, i) => labels.indexOf(l) !== i);
        if (repeated !== undefined) {
            return {
                spec,
                why: `two Project-URL entries have the label ${(0,python_text/* pyRepr */.n3)(repeated)}`,
                action: 'give every entry of [project.urls] its own label',
            };
        }
    }
    if (spec.key === 'description' && values.length > 1) {
        return {
            spec,
            why: 'the description is given twice (a Description header and the message body, or two headers)',
            action: 'let the backend write it once: upgrade the build backend, and set the text only through `readme`',
        };
    }
    if ((spec.shape === 'string' || spec.shape === 'keywords') && values.length > 1) {
        return {
            spec,
            why: `it appears ${values.length} times but may appear only once`,
            action: 'give it one value (a backend plugin or setup() argument may add it a second time)',
        };
    }
    return { spec, why: 'its value is not valid UTF-8', action: 'save the text it comes from as UTF-8' };
}
function checkUnparsed(ctx, skip) {
    for (const [name, values] of ctx.parsed.unparsed) {
        if (skip.has(name))
            continue;
        const { why, action, spec } = unparsedReason(name, values);
        const written = writtenName(ctx.parsed, name);
        ctx.findings.push((0,findings/* finding */.g)(rules/* METADATA_RULES */.m.M005, `${written}: ${TWINE}unrecognized or malformed field ${(0,python_text/* pyRepr */.n3)(name)} (${why})`, spec ? fixFor(ctx.parsed, spec, action) : `${written}: ${action}`));
    }
}
function checkRequired(ctx, raw) {
    const { unparsed } = ctx.parsed;
    const mv = raw.metadata_version;
    const mvIndex = (0,fields/* metadataVersionIndex */.Cc)(mv);
    if (!unparsed.has('metadata-version') && mvIndex < 0) {
        const hint = mv === '2.0'
            ? ' (2.0 was never standardised: twine 7 rejects it, and PyPI refuses it today, since it validates ' +
                'uploads with packaging (March 2024, pypi/warehouse#15631); files it accepted before stay on PyPI)'
            : mv === undefined
                ? ''
                : ' (known: 1.0, 1.1, 1.2, 2.1, 2.2, 2.3, 2.4, 2.5, 2.6)';
        report(ctx, rules/* METADATA_RULES */.m.M001, 'metadata_version', `${mv === undefined ? 'None' : (0,python_text/* pyRepr */.n3)(mv)} is not a valid metadata version${hint}`, 'rebuild the distribution with a current build backend (setuptools, hatchling, flit-core, pdm-backend, poetry-core), which writes a valid Metadata-Version');
    }
    if (!unparsed.has('name')) {
        const name = raw.name;
        if (!name)
            report(ctx, rules/* METADATA_RULES */.m.M002, 'name', "'name' is a required field", 'set `name` in [project]');
        else if (!(0,names/* isValidName */.uV)(name)) {
            report(ctx, rules/* METADATA_RULES */.m.M002, 'name', invalidFor(name, 'name'), 'use ASCII letters, digits, `.`, `_` and `-`, starting and ending with a letter or digit');
        }
    }
    if (!unparsed.has('version')) {
        const version = raw.version;
        if (!version)
            report(ctx, rules/* METADATA_RULES */.m.M003, 'version', "'version' is a required field", 'set a version');
        else if (!(0,pep440/* tryParseVersion */.z0)(version)) {
            report(ctx, rules/* METADATA_RULES */.m.M003, 'version', invalidFor(version, 'version'), 'use a PEP 440 version such as 1.2.0, 1.2.0rc1, 1.2.0.post1 or 1.2.0.dev3');
        }
    }
    return mvIndex;
}
function checkContentType(ctx, value) {
    const action = 'use a .md, .rst or .txt readme, or content-type "text/markdown", "text/x-rst" or "text/plain"';
    const ct = parseContentType(value);
    const key = 'description_content_type';
    const field = (0,python_text/* pyRepr */.n3)(emailName(key));
    if (ct.defect !== undefined) {
        report(ctx, rules/* METADATA_RULES */.m.M007, key, `${(0,python_text/* pyRepr */.n3)(value)} is not a valid content type for ${field}: ${ct.defect}` +
            // Old setuptools wrote UNKNOWN for every field left unset; PyPI took it then.
            (value === 'UNKNOWN' ? ' (PyPI refuses it today; files it accepted before stay on PyPI)' : ''), action);
    }
    else if (!CONTENT_TYPES.includes(ct.type) || !value.toLowerCase().includes(ct.type)) {
        report(ctx, rules/* METADATA_RULES */.m.M007, key, `${field} must be one of ${(0,python_text/* pyReprList */.rF)(CONTENT_TYPES)}, not ${(0,python_text/* pyRepr */.n3)(value)}`, action);
    }
    else {
        const charset = ct.params.get('charset') ?? 'UTF-8';
        const variant = ct.params.get('variant') ?? 'GFM';
        if (charset.toLowerCase() !== 'utf-8') {
            report(ctx, rules/* METADATA_RULES */.m.M007, key, `${field} can only specify the UTF-8 charset, not ${(0,python_text/* pyRepr */.n3)(charset)}`, 'save the readme as UTF-8 and drop the charset parameter (or write charset=UTF-8)');
        }
        else if (ct.type === 'text/markdown' && !MARKDOWN_VARIANTS.includes(variant)) {
            report(ctx, rules/* METADATA_RULES */.m.M007, key, `valid Markdown variants for ${field} are ${(0,python_text/* pyReprList */.rF)(MARKDOWN_VARIANTS)}, not ${(0,python_text/* pyRepr */.n3)(variant)}`, 'write variant=GFM or variant=CommonMark, spelt exactly so (or leave the variant out)');
        }
    }
}
function checkDynamic(ctx, values) {
    for (const value of values) {
        const field = value.toLowerCase();
        if (['name', 'version', 'metadata-version'].includes(field)) {
            report(ctx, rules/* METADATA_RULES */.m.M008, 'dynamic', `${(0,python_text/* pyRepr */.n3)(field)} is not allowed as a dynamic field`, 'Name and Version must be fixed in the sdist; remove them from the backend configuration that marks them dynamic');
        }
        else if (!fields/* FIELD_BY_HEADER */.v8.has(field)) {
            report(ctx, rules/* METADATA_RULES */.m.M008, 'dynamic', `${(0,python_text/* pyRepr */.n3)(field)} is not a valid dynamic field`, 'list only core metadata field names (for pyproject keys, the backend translates them)');
        }
    }
}
function importNameProblem(entry, key) {
    const semicolon = entry.indexOf(';');
    const name = (semicolon < 0 ? entry : entry.slice(0, semicolon)).replace(/\s+$/u, '');
    const field = (0,python_text/* pyRepr */.n3)(emailName(key));
    for (const identifier of name.split('.')) {
        if (!IDENTIFIER.test(identifier)) {
            return `${(0,python_text/* pyRepr */.n3)(name)} is invalid for ${field}; ${(0,python_text/* pyRepr */.n3)(identifier)} is not a valid identifier`;
        }
        if (PYTHON_KEYWORDS.has(identifier))
            return `${(0,python_text/* pyRepr */.n3)(name)} is invalid for ${field}; ${(0,python_text/* pyRepr */.n3)(identifier)} is a keyword`;
    }
    if (semicolon >= 0 && entry.slice(semicolon + 1).replace(/^\s+/u, '') !== 'private') {
        return `${(0,python_text/* pyRepr */.n3)(entry)} is invalid for ${field}; the only valid option is 'private'`;
    }
    return undefined;
}
function licenseFileProblem(path) {
    const field = (0,python_text/* pyRepr */.n3)(emailName('license_files'));
    const invalid = `${(0,python_text/* pyRepr */.n3)(path)} is invalid for ${field}`;
    if (path.includes('..'))
        return `${invalid}, parent directory indicators are not allowed`;
    if (path.includes('*'))
        return `${invalid}, paths must be resolved`;
    const windowsAbsolute = /^[A-Za-z]:[\\/]/.test(path) || /^[\\/]{2}[^\\/]+[\\/]+[^\\/]/.test(path);
    if (path.startsWith('/') || windowsAbsolute)
        return `${invalid}, paths must be relative`;
    // PureWindowsPath(path).as_posix() must give the path back: no backslashes, empty or `.` parts.
    if (path !== '.' &&
        (path === '' || path.includes('\\') || path.split('/').some((p) => p === '' || p === '.'))) {
        return `${invalid}, paths must use '/' delimiter`;
    }
    return undefined;
}
function checkField(ctx, raw, key) {
    switch (key) {
        case 'summary':
            if (LINE_BOUNDARY.test(raw.summary)) {
                report(ctx, rules/* METADATA_RULES */.m.M006, key, "'summary' must be a single line", 'write `description` on one line');
            }
            return;
        case 'description_content_type':
            checkContentType(ctx, raw.description_content_type);
            return;
        case 'dynamic':
            checkDynamic(ctx, raw.dynamic);
            return;
        case 'provides_extra':
            for (const extra of raw.provides_extra) {
                if (!(0,names/* isValidName */.uV)(extra)) {
                    report(ctx, rules/* METADATA_RULES */.m.M011, key, invalidFor(extra, key), 'name extras with ASCII letters, digits, `.`, `_` and `-`, starting and ending with a letter or digit');
                }
            }
            return;
        case 'requires_python':
            if ((0,pep440/* tryParseSpecifierSet */.zh)(raw.requires_python) === undefined) {
                report(ctx, rules/* METADATA_RULES */.m.M010, key, invalidFor(raw.requires_python, key), 'write a specifier set such as ">=3.9" or ">=3.9,<4"');
            }
            return;
        case 'requires_dist':
            for (const requirement of raw.requires_dist) {
                const result = (0,pep508/* parseRequirement */.p)(requirement);
                if (!result.ok) {
                    report(ctx, rules/* METADATA_RULES */.m.M009, key, `${invalidFor(requirement, key)} (${result.message})`, 'write PEP 508 dependency specifiers such as "requests>=2.31", "tomli; python_version < \'3.11\'" or "pkg[extra]==1.*"');
                }
            }
            return;
        case 'license_expression': {
            const problem = (0,spdx/* licenseExpressionProblem */.t)(raw.license_expression);
            if (problem) {
                report(ctx, rules/* METADATA_RULES */.m.M012, key, `${invalidFor(raw.license_expression, key)} (${problem})`, 'use SPDX identifiers (https://spdx.org/licenses/) joined by AND / OR / WITH, or LicenseRef-<name> for a custom license');
            }
            return;
        }
        case 'license_files':
            for (const path of raw.license_files) {
                const problem = licenseFileProblem(path);
                if (problem) {
                    report(ctx, rules/* METADATA_RULES */.m.M013, key, problem, 'list relative paths or globs from the project root with `/` (the backend resolves them)');
                }
            }
            return;
        case 'import_names':
        case 'import_namespaces':
            for (const entry of raw[key]) {
                const problem = importNameProblem(entry, key);
                if (problem) {
                    report(ctx, rules/* METADATA_RULES */.m.M014, key, problem, 'list dotted Python import names, optionally followed by "; private"');
                }
            }
            return;
        default:
            return;
    }
}
/** The metadata with License-File dropped below Metadata 2.4, as twine sends it (twine #1217). */
function asTwineSendsIt(parsed) {
    const version = (0,pep440/* tryParseVersion */.z0)(parsed.raw.metadata_version ?? '0');
    const dropsLicenseFiles = version !== undefined && (0,pep440/* compareVersions */.Zy)(version, (0,pep440/* tryParseVersion */.z0)('2.4')) < 0;
    if (!dropsLicenseFiles)
        return { raw: parsed.raw, dropsLicenseFiles };
    const { license_files: _dropped, ...raw } = parsed.raw;
    return { raw, dropsLicenseFiles };
}
/** Everything twine 7 (packaging 26) rejects, plus the sdist format's Metadata ≥ 2.2 (a warning). */
function coreMetadataFindings(parsed, kind) {
    const ctx = { parsed, findings: [] };
    const { raw, dropsLicenseFiles } = asTwineSendsIt(parsed);
    checkUnparsed(ctx, new Set(dropsLicenseFiles ? ['license-file'] : []));
    const mvIndex = checkRequired(ctx, raw);
    const mv = raw.metadata_version;
    for (const spec of fields/* FIELDS */.cJ) {
        if (['metadata_version', 'name', 'version'].includes(spec.key) || raw[spec.key] === undefined)
            continue;
        if (mvIndex >= 0 && (0,fields/* metadataVersionIndex */.Cc)(spec.added) > mvIndex) {
            report(ctx, rules/* METADATA_RULES */.m.M004, spec.key, `${emailName(spec.key)} introduced in metadata version ${spec.added}, not ${mv} (PyPI refuses this ` +
                'today; files it accepted before it checked which version introduced a field stay on PyPI)', `the backend wrote Metadata-Version ${mv} with a field of ${spec.added}: upgrade the build backend in [build-system] requires and rebuild`);
            continue;
        }
        checkField(ctx, raw, spec.key);
    }
    if (kind === 'sdist' && mvIndex >= 0 && mvIndex < (0,fields/* metadataVersionIndex */.Cc)('2.2')) {
        const spec = fields/* FIELD_BY_KEY */.NK.get('metadata_version');
        ctx.findings.push((0,findings/* finding */.g)(rules/* METADATA_RULES */.m.M015, `${writtenName(parsed, spec.header)}: PKG-INFO declares Metadata-Version ${mv}; the source distribution format requires 2.2 or later (PyPI still accepts it).`, fixFor(parsed, spec, 'upgrade the build backend in [build-system] requires (current setuptools, hatchling, flit-core, pdm-backend and poetry-core write 2.2 or later) and rebuild')));
    }
    return ctx.findings;
}


/***/ }),

/***/ 95079:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   lC: () => (/* binding */ isPyIdentifier),
/* harmony export */   n3: () => (/* binding */ pyRepr),
/* harmony export */   rF: () => (/* binding */ pyReprList),
/* harmony export */   vP: () => (/* binding */ isPyKeyword),
/* harmony export */   wI: () => (/* binding */ utf8Length)
/* harmony export */ });
/**
 * Python's own notions of text that the authorities' messages and rules depend on: `repr()` of a
 * string (twine, packaging, Warehouse and check-wheel-contents quote values with `{x!r}`, so quoting
 * the same way keeps our messages identical to theirs), `str.isidentifier()` and `keyword.iskeyword()`.
 */
// Characters str.isprintable() rejects: control, format, surrogate, private-use, unassigned and
// separators other than the ASCII space.
const NON_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}]|(?! )\p{Zs}/u;
const KEYWORDS = new Set(('False None True and as assert async await break class continue def del elif else except finally for ' +
    'from global if import in is lambda nonlocal not or pass raise return try while with yield').split(' '));
function escapeChar(ch) {
    const hex = ch.codePointAt(0).toString(16);
    if (hex.length <= 2)
        return `\\x${hex.padStart(2, '0')}`;
    if (hex.length <= 4)
        return `\\u${hex.padStart(4, '0')}`;
    return `\\U${hex.padStart(8, '0')}`;
}
/** `repr(text)` as Python 3 writes it: `'a'`, `"it's"`, `'a\nb'`. */
function pyRepr(text) {
    const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
    let out = '';
    for (const ch of text) {
        if (ch === '\\')
            out += '\\\\';
        else if (ch === quote)
            out += `\\${quote}`;
        else if (ch === '\n')
            out += '\\n';
        else if (ch === '\r')
            out += '\\r';
        else if (ch === '\t')
            out += '\\t';
        else if (NON_PRINTABLE.test(ch))
            out += escapeChar(ch);
        else
            out += ch;
    }
    return `${quote}${out}${quote}`;
}
/** `repr(list_of_strings)`: `['a', 'b']`. */
function pyReprList(items) {
    return `[${items.map(pyRepr).join(', ')}]`;
}
/** Python's `str.isidentifier()`: XID_Start or `_`, then XID_Continue characters. */
function isPyIdentifier(text) {
    return /^[\p{XID_Start}_]\p{XID_Continue}*$/u.test(text);
}
/** Python's `keyword.iskeyword()` (hard keywords only, as the keyword module lists them). */
function isPyKeyword(text) {
    return KEYWORDS.has(text);
}
/** The number of bytes `text` takes in UTF-8 (file-name limits are in bytes). */
function utf8Length(text) {
    return Buffer.byteLength(text, 'utf8');
}


/***/ })

};
