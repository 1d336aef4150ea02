import { countGenders, genderShare } from './gender-share';

describe('gender share', () => {
  it('is exact: 7 women of 20 is "35.0"', () => {
    const participants = [
      ...Array(7).fill({ gender: 'female' }),
      ...Array(13).fill({ gender: 'male' }),
      { name: 'unknown' },
    ];
    expect(genderShare(countGenders(participants))).toEqual({
      status: 'recorded',
      women: 7,
      men: 13,
      other: 0,
      total: 20,
      notRecorded: 1,
      share: '35.0',
      ratio: '7/20',
    });
  });

  it('rounds half up in integers: 1 of 3 is "33.3", 2 of 3 is "66.7", 1 of 8 is "12.5"', () => {
    expect(genderShare({ women: 1, men: 2, other: 0, notRecorded: 0 })).toMatchObject({ share: '33.3' });
    expect(genderShare({ women: 2, men: 1, other: 0, notRecorded: 0 })).toMatchObject({ share: '66.7' });
    expect(genderShare({ women: 1, men: 7, other: 0, notRecorded: 0 })).toMatchObject({ share: '12.5' });
    expect(genderShare({ women: 0, men: 4, other: 0, notRecorded: 0 })).toMatchObject({ share: '0.0', total: 4 });
  });

  it('is "no data", never 0, when no participant has a recorded gender', () => {
    expect(genderShare(countGenders([{}, {}]))).toEqual({
      status: 'no_data',
      participants: 2,
      reason: 'no participant has a recorded gender',
    });
  });
});
