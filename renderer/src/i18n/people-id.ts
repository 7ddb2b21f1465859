/** Who did it: the user a sale, shift or entry records, and the "by user" filters of Riwayat and Laporan. */
export const peopleId = {
  /** A row no signed-in user made: written before users existed, or by background work. */
  noUser: '—',
  noUserHint: 'sebelum pengguna / sistem',
  seller: 'Kasir',
  filter: 'Pengguna',
  allUsers: 'Semua pengguna',
  noUserOption: '— (sebelum pengguna / sistem)',
};

export type PeopleMessages = typeof peopleId;
