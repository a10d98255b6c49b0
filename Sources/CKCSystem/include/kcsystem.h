#ifndef KCSYSTEM_H
#define KCSYSTEM_H

#include <stddef.h>
#include <stdint.h>

/// Atomically swaps two paths (Linux renameat2 with RENAME_EXCHANGE): both must
/// exist. Returns 0, or -1 with errno set (EINVAL/ENOSYS where unsupported).
int kc_rename_exchange(const char *a, const char *b);

/// Runs SHA-256's compression over `count` 64-byte blocks at `data`, updating `state`:
/// with the CPU's SHA instructions when it has them, else in portable C.
void kc_sha256_blocks(uint32_t state[8], const uint8_t *data, size_t count);

/// The portable path alone, so tests can compare both.
void kc_sha256_blocks_portable(uint32_t state[8], const uint8_t *data, size_t count);

/// 1 when `kc_sha256_blocks` uses the CPU's SHA instructions.
int kc_sha256_hardware(void);

#endif
