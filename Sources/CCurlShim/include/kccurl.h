#ifndef KCCURL_H
#define KCCURL_H
// Typed wrappers around libcurl's variadic curl_easy_setopt and curl_easy_getinfo,
// which Swift cannot call directly. Only KCMail imports this module.
#include <curl/curl.h>

typedef size_t (*kc_curl_read_callback)(char *buffer, size_t size, size_t count, void *context);
typedef int (*kc_curl_debug_callback)(CURL *handle, curl_infotype type, char *data, size_t size, void *context);

CURLcode kc_curl_set_long(CURL *handle, CURLoption option, long value);
CURLcode kc_curl_set_off(CURL *handle, CURLoption option, curl_off_t value);
CURLcode kc_curl_set_string(CURL *handle, CURLoption option, const char *value);
CURLcode kc_curl_set_pointer(CURL *handle, CURLoption option, void *value);
CURLcode kc_curl_set_list(CURL *handle, CURLoption option, struct curl_slist *list);
CURLcode kc_curl_set_read_function(CURL *handle, kc_curl_read_callback callback);
CURLcode kc_curl_set_debug_function(CURL *handle, kc_curl_debug_callback callback);
CURLcode kc_curl_get_long(CURL *handle, CURLINFO info, long *value);

#endif
