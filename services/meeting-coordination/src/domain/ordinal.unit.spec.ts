import { ordinal } from './ordinal';

describe('ordinal', () => {
  it('writes 1st 2nd 3rd 4th 11th 12th 13th 21st 22nd 23rd as English does', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 100, 111, 1002].map(ordinal)).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
      '23rd',
      '100th',
      '111th',
      '1002nd',
    ]);
  });
});
