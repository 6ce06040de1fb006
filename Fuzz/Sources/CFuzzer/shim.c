// The module needs one source file; the declaration lives in include/CFuzzer.h.
#include "CFuzzer.h"
