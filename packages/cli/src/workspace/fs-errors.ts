const REASONS: Record<string, string> = {
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EISDIR: 'it is a folder',
    ELOOP: 'too many levels of symbolic links',
    ENOENT: 'no such file',
    ENOTDIR: 'a part of the path is not a folder',
    EEXIST: 'a file of that name exists',
    ENOSPC: 'no space left on the device',
    EIO: 'input/output error',
    EFBIG: 'the file is too large',
    EROFS: 'read-only file system',
    EMFILE: 'too many open files'
};

/** A short reason for a failed file operation, without the path (the caller names it). */
export function describeFsError(error: unknown): string {
    const { code, message } = error as NodeJS.ErrnoException;
    return (code && REASONS[code]) ?? code ?? message;
}
