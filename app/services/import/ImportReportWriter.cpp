#include "ImportReportWriter.h"
