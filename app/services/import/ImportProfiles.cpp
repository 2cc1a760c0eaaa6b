#include "ImportProfiles.h"
