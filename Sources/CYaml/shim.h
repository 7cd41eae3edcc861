#ifndef SOP_CYAML_SHIM_H
#define SOP_CYAML_SHIM_H
// The system libyaml (apt: libyaml-dev). Only SOPDSL imports this module.
#include <yaml.h>
#endif
