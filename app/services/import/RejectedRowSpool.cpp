#include "RejectedRowSpool.h"
