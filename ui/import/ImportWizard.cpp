#include "ImportWizard.h"
