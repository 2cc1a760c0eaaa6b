#include "ImportReport.h"
