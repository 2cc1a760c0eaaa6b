#include "StudentHash.h"
