#ifndef SOP_CXML2_SHIM_H
#define SOP_CXML2_SHIM_H
// The system libxml2 (apt: libxml2-dev). Only SOPRender imports this module.
//
// Debian builds libxml2 with ICU, so xmlversion.h defines LIBXML_ICU_ENABLED and encoding.h then
// includes <unicode/ucnv.h>. Those ICU declarations clash with the ICU copy that Foundation ships
// with Swift on Linux. We read the version header first and drop the macro: the only effect is that
// two trailing pointer fields of xmlCharEncodingHandler (uconv_in/uconv_out) are not declared, and
// SOPRender never touches that struct except through pointers libxml2 owns.
#include <libxml/xmlversion.h>
#ifdef LIBXML_ICU_ENABLED
#undef LIBXML_ICU_ENABLED
#endif

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlschemas.h>
#include <libxml/HTMLparser.h>
#include <libxml/xpath.h>
#include <libxml/xmlsave.h>
#include <libxml/xmlwriter.h>
#endif
