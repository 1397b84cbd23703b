// The baseline of the cold-start benchmark: a Lambda handler that does nothing, loaded and
// called as a trigger's bundle is (bench/cold-start.mjs), in the same run.
export const handler = async (event) => event;
