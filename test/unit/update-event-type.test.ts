import { describe, expect, it } from 'vitest';
import { updateEventType } from '../../src/domain/events.ts';

describe('the type of a write that changes fields', () => {
  it('is user.disabled or user.enabled when the status turns, else user.updated', () => {
    expect(updateEventType(undefined)).toBe('user.updated');
    expect(updateEventType({ from: 'active', to: 'disabled' })).toBe('user.disabled');
    expect(updateEventType({ from: 'guest', to: 'disabled' })).toBe('user.disabled');
    expect(updateEventType({ from: 'disabled', to: 'active' })).toBe('user.enabled');
    expect(updateEventType({ from: 'disabled', to: 'disabled' })).toBe('user.updated');
    expect(updateEventType({ from: 'guest', to: 'active' })).toBe('user.updated');
  });
});
