#include "StudentImport.h"
