import * as core from '@actions/core';
import { hello } from '@otai-release/core/demo';
core.info(hello('x'));
