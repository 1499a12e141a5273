// Debian's Chromium lives with the scripts that also drive it (screenshots): scripts never import tests.
export { launchBrowser } from '../../scripts/lib/browser'
