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

// C globals wrapped as functions so Swift 6 concurrency checking accepts them.
static inline void citekit_xmlFree(void *ptr) { xmlFree(ptr); }
static inline void citekit_xmlFreeChar(xmlChar *ptr) { xmlFree(ptr); }

#endif
