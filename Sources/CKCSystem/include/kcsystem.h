#ifndef KCSYSTEM_H
#define KCSYSTEM_H

/// Atomically swaps two paths (Linux renameat2 with RENAME_EXCHANGE): both must
/// exist. Returns 0, or -1 with errno set (EINVAL/ENOSYS where unsupported).
int kc_rename_exchange(const char *a, const char *b);

#endif
