#!/usr/bin/env node
import '../dist/cjm.js';
