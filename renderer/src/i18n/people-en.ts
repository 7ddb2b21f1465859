import type { PeopleMessages } from './people-id';

export const peopleEn: PeopleMessages = {
  noUser: '—',
  noUserHint: 'before users / system',
  seller: 'Cashier',
  filter: 'User',
  allUsers: 'All users',
  noUserOption: '— (before users / system)',
};
