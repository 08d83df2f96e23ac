// Eight-lane xoshiro256** uniforms for the target's baseline instruction set.
#define GK_UNIFORMS gk_xoshiro_uniforms_portable
#include "xoshiro_uniforms.h"
