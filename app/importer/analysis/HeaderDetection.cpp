#include "HeaderDetection.h"
