#include "RowConverter.h"
