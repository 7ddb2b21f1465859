import { contextBridge, ipcRenderer } from 'electron';
import { channelNames } from './channel-names';
import { createPosApi } from './pos-api';

// Sandboxed preload: bundled to CommonJS, may require only 'electron'. Exposes `window.pos` and nothing else.
contextBridge.exposeInMainWorld('pos', createPosApi(ipcRenderer, channelNames));
