import { describe, expect, it } from 'vitest'

import { dayInEngland } from '@/i18n/dates'

import { defaultNextReview, reminderOwed, reviewInterval, reviewState } from './schedule'

describe('defaultNextReview', () => {
  it.each([
    // publishedAt, lastReviewed, interval, expected
    ['2026-01-31T10:00:00.000Z', null, 1 * 12, '2027-01-31'],
    ['2026-01-31T10:00:00.000Z', null, 3, '2026-04-30'],
    ['2025-11-30T10:00:00.000Z', null, 3, '2026-02-28'],
    ['2027-11-30T10:00:00.000Z', null, 3, '2028-02-29'],
    ['2026-08-31T10:00:00.000Z', null, 6, '2027-02-28'],
    ['2026-03-31T10:00:00.000Z', null, 18, '2027-09-30'],
    ['2026-02-28T10:00:00.000Z', null, 12, '2027-02-28'],
    ['2028-02-29T10:00:00.000Z', null, 12, '2029-02-28'],
    // 23:30 UTC on 31 March 2026 is already 1 April in London (BST)
    ['2026-03-31T23:30:00.000Z', null, 12, '2027-04-01'],
    // the last review counts from its own day, not the publish
    ['2026-11-30T10:00:00.000Z', '2026-05-31T12:00:00.000Z', 9, '2027-02-28'],
    ['2026-11-30T10:00:00.000Z', '2026-10-01T12:00:00.000Z', 12, '2027-10-01'],
    // no interval, or one outside 3-18 months: 12
    ['2026-06-15T10:00:00.000Z', null, undefined, '2027-06-15'],
    ['2026-06-15T10:00:00.000Z', null, 24, '2027-06-15'],
    ['2026-06-15T10:00:00.000Z', null, '6', '2026-12-15'],
  ])(
    'published %s, last reviewed %s, every %s months: %s',
    (publishedAt, lastReviewed, months, expected) => {
      expect(defaultNextReview({ publishedAt, lastReviewed, intervalMonths: months })).toBe(
        expected,
      )
    },
  )
})

describe('reviewInterval', () => {
  it.each([
    [3, 3],
    [18, 18],
    ['12', 12],
    [2, 12],
    [19, 12],
    [6.5, 12],
    [null, 12],
    ['soon', 12],
  ])('%s -> %s', (value, expected) => expect(reviewInterval(value)).toBe(expected))
})

describe('reviewState and reminderOwed', () => {
  it.each([
    // nextReview, today, state, reminder
    ['2026-12-31T12:00:00.000Z', '2026-11-30', 'later', null],
    ['2026-12-30T12:00:00.000Z', '2026-11-30', 'dueWithin30Days', null],
    ['2026-12-08T12:00:00.000Z', '2026-11-30', 'dueWithin30Days', null],
    ['2026-12-07T12:00:00.000Z', '2026-11-30', 'dueWithin7Days', 'weekBefore'],
    ['2026-12-01T12:00:00.000Z', '2026-11-30', 'dueWithin7Days', 'weekBefore'],
    ['2026-11-30T12:00:00.000Z', '2026-11-30', 'overdue', 'dueDay'],
    ['2026-11-01T12:00:00.000Z', '2026-11-30', 'overdue', 'dueDay'],
    // a date picked at midnight in London (23:00 UTC the day before) is that London day
    ['2026-06-30T23:00:00.000Z', '2026-06-30', 'dueWithin7Days', 'weekBefore'],
    ['2026-06-30T23:00:00.000Z', '2026-07-01', 'overdue', 'dueDay'],
    // across a year end
    ['2027-01-03T12:00:00.000Z', '2026-12-28', 'dueWithin7Days', 'weekBefore'],
  ])('due %s, today %s: %s, %s', (nextReview, today, state, reminder) => {
    expect(reviewState(nextReview, today)).toBe(state)
    expect(reminderOwed(nextReview, today)).toBe(reminder)
  })
})

describe('dayInEngland', () => {
  it.each([
    ['2026-01-15T23:59:00.000Z', '2026-01-15'],
    ['2026-07-15T23:30:00.000Z', '2026-07-16'],
    ['2026-10-25T00:30:00.000Z', '2026-10-25'],
  ])('%s -> %s', (instant, day) => expect(dayInEngland(instant)).toBe(day))
})
