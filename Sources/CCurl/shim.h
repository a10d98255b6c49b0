// libcurl's declarations and constants only: the library itself is opened at run time
// by CCurlShim (only `kcreport send` needs it, and linking it would load some thirty
// shared libraries at the start of every command).
#include <curl/curl.h>
