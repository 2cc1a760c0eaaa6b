#include "RejectedRowsWriter.h"
