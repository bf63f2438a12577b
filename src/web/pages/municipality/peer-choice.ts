/**
 * The peer-group choices the page offers besides saved groups (`saved:<name>`); each is sent
 * to the API as it is (`peers=landsdel`).
 */
export const PEER_CHOICES = ['nearest', 'region', 'landsdel', 'all'] as const;
