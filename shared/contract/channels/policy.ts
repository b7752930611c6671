/** IT's machine-wide policy (shared/policy/policy.ts; README "For IT"). */
import { LOADED_POLICY_SCHEMA, type LoadedPolicy } from '../../policy/policy';
import { emptyRequest, type ChannelSchemas, type Empty } from './common';

export interface PolicyChannelTypes {
  'app:policy:get': { request: Empty; response: LoadedPolicy };
}

export const POLICY_CHANNELS: { readonly [C in keyof PolicyChannelTypes]: ChannelSchemas } = {
  'app:policy:get': {
    doc: "IT's policy in force: the file read (or null), the values, the fields IT fixed, and what was rejected and why.",
    request: emptyRequest,
    response: LOADED_POLICY_SCHEMA,
  },
};
