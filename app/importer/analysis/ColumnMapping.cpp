#include "ColumnMapping.h"
