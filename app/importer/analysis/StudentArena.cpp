#include "StudentArena.h"
