// libcurl, for the SMTP transport. Swift code imports CCurlShim, which wraps the
// variadic calls (curl_easy_setopt, curl_easy_getinfo) that Swift cannot call.
#include <curl/curl.h>
