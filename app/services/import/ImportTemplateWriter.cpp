#include "ImportTemplateWriter.h"
