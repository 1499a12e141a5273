// The built app on a free port lives with the scripts that also serve it (screenshots,
// lighthouse): scripts never import tests.
export { startAppServer, type AppServer } from '../../scripts/lib/appServer'
