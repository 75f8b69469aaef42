export { common } from './common';
export { citizen } from './citizen';
export { sims } from './sims';
export { agent } from './agent';
export { admin } from './admin';
export { stats } from './stats';
export { deploy } from './deploy';
export { osk } from './osk';
