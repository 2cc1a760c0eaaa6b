#include "TableSource.h"
