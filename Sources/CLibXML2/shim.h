#ifndef CITEKIT_CLIBXML2_SHIM_H
#define CITEKIT_CLIBXML2_SHIM_H

// Debian's libxml2 is built with ICU; its ICU headers clash with Foundation's copy.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlstring.h>
#include <libxml/xpath.h>
#include <libxml/xmlmemory.h>
#include <libxml/parserInternals.h>
#include <libxml/SAX2.h>

// C globals wrapped as functions so Swift 6 concurrency checking accepts them.
static inline void citekit_xmlFree(void *ptr) { xmlFree(ptr); }
static inline void citekit_xmlFreeChar(xmlChar *ptr) { xmlFree(ptr); }

// libxml2's generic error channel (I/O messages) prints to stderr; readers report through their
// structured handler instead. The channel is per thread, so each reader's thread calls this.
static void citekit_silentGenericError(void *ctx, const char *msg, ...) { (void)ctx; (void)msg; }
static inline void citekit_silenceGenericErrors(void) { xmlSetGenericErrorFunc(NULL, citekit_silentGenericError); }

#endif
