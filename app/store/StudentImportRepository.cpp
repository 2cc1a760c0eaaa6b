#include "StudentImportRepository.h"
